package dev.nngrade.grader.sandbox;

import dev.nngrade.grader.protocol.Wire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How this grading run isolates each child: the level, the cgroups in force (when the machine has
 * them), and which defences are switched off (only ever by the grader's own tests). It builds the
 * command that starts a child and the properties that tell the child how to confine itself, and it
 * can say in words what is in force.
 */
public final class SandboxPolicy {
  /** Size of the private /tmp of a bubblewrap sandbox. */
  static final long TMP_BYTES = 64L << 20;
  /** Size of the private /dev/shm of a bubblewrap sandbox. */
  static final long SHM_BYTES = 16L << 20;
  /** Processes and threads of one sandbox at most (a child JVM runs about 25 threads). */
  static final int MAX_PIDS = 256;

  private final Isolation level;
  private final Optional<Cgroups> cgroups;
  private final String cgroupsNote;
  private final Set<Defence> off;
  private final boolean mayLower;

  private SandboxPolicy(Isolation level, Optional<Cgroups> cgroups, String cgroupsNote, Set<Defence> off, boolean mayLower) {
    this.level = level;
    this.cgroups = cgroups;
    this.cgroupsNote = cgroupsNote;
    this.off = Set.copyOf(off);
    this.mayLower = mayLower;
  }

  /**
   * The best level this machine offers, allowed to go lower when a child cannot start or confine
   * itself there (said loudly): for {@code nngrade demo} only, which grades no real student.
   */
  public static SandboxPolicy best() {
    SandboxPolicy p = of(Isolation.bubblewrapWorks() ? Isolation.FULL : Isolation.CONTAINER);
    return new SandboxPolicy(p.level, p.cgroups, p.cgroupsNote, p.off, true);
  }

  /** The next lower level when this one may be lowered (see {@link #best}), else empty. */
  public Optional<SandboxPolicy> lower() {
    if (!mayLower || level == Isolation.NONE) {
      return Optional.empty();
    }
    SandboxPolicy p = of(level == Isolation.FULL ? Isolation.CONTAINER : Isolation.NONE);
    return Optional.of(new SandboxPolicy(p.level, p.cgroups, p.cgroupsNote, p.off, true));
  }

  /**
   * The policy of a level on this machine. {@link Isolation#FULL} needs bubblewrap; whether the kernel
   * has what each level needs inside the child (Landlock for {@link Isolation#CONTAINER}) is checked by
   * starting one child (see {@code ChildJvm#selfCheck}).
   */
  public static SandboxPolicy of(Isolation level) {
    if (level == Isolation.FULL && !Isolation.bubblewrapWorks()) {
      throw new SandboxUnavailableException("isolation full needs bubblewrap, which is missing or cannot create namespaces here: install it (apt-get install"
          + " bubblewrap), or grade with --isolation container where namespaces are refused (a Docker container), or --isolation none for development");
    }
    if (level == Isolation.NONE) {
      return new SandboxPolicy(level, Optional.empty(), "no cgroups (isolation none)", EnumSet.noneOf(Defence.class), false);
    }
    Cgroups.Detection d = Cgroups.detect();
    return new SandboxPolicy(level, d.cgroups(), d.explanation(), EnumSet.noneOf(Defence.class), false);
  }

  /** The same policy with {@code defences} switched off: for the grader's tests of its own defences. */
  public SandboxPolicy without(Defence... defences) {
    Set<Defence> more = EnumSet.noneOf(Defence.class);
    more.addAll(off);
    more.addAll(List.of(defences));
    return new SandboxPolicy(level, cgroups, cgroupsNote, more, mayLower);
  }

  public Isolation level() {
    return level;
  }

  public boolean on(Defence d) {
    return !off.contains(d);
  }

  Optional<Cgroups> cgroups() {
    return on(Defence.CGROUPS) ? cgroups : Optional.empty();
  }

  /** Memory of a whole sandbox: the heap, what the JVM needs besides (metaspace, code, stacks, direct buffers), and the tmpfs it may fill. */
  static long sandboxMemory(int heapMegabytes) {
    return ((long) heapMegabytes << 20) + (640L << 20);
  }

  /** The child's temporary folder: the sandbox's private /tmp, or (without bubblewrap) a folder of its own beside the jar. */
  Path temporaryFolder(Path runDir) throws IOException {
    if (level == Isolation.FULL) {
      return Path.of("/tmp");
    }
    Path tmp = runDir.resolve("tmp");
    if (!Files.isDirectory(tmp)) {
      Files.createDirectory(tmp);
      // the slot's own uid writes here; nothing else can reach it (Landlock gives each child its own folder only)
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    return tmp;
  }

  /** What the child must do to confine itself (system properties; not secrets). */
  List<String> childProperties() {
    String landlock = !on(Defence.LANDLOCK) ? "off" : level == Isolation.CONTAINER ? "required" : "optional";
    return List.of("-D" + Wire.LANDLOCK + "=" + landlock, "-D" + Wire.SECCOMP + "=" + (on(Defence.SECCOMP) ? "on" : "off"));
  }

  /**
   * The command that runs {@code java} at this level: inside the run's cgroup (entered before exec,
   * when there is one), under per-process limits, as the slot's own uid when the grader is root, and
   * for {@link Isolation#FULL} inside bubblewrap. {@code hidden} folders are covered by an empty file
   * system there (answers the run must not read).
   */
  List<String> command(List<String> java, Path javaHome, List<Path> readOnly, List<Path> hidden, int slot, long addressSpaceBytes, Optional<Cgroups.Group> group) {
    if (level == Isolation.NONE) {
      return java;
    }
    List<String> cmd = new ArrayList<>();
    // the address space bounds what -Xmx does not: native memory through FFM's Arena.allocate, malloc in the JDK
    cmd.addAll(List.of("prlimit", "--as=" + addressSpaceBytes, "--fsize=" + (64L << 20), "--core=0"));
    if (Isolation.isRoot()) {
      // as root, limits on processes count only for an unprivileged uid, so each slot gets its own
      cmd.addAll(List.of("--nproc=" + (2 * MAX_PIDS), "--nofile=512", "--"));
      int uid = 60_001 + slot;
      cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--inh-caps=-all", "--"));
    } else {
      cmd.add("--");
    }
    if (level == Isolation.FULL) {
      cmd.addAll(bubblewrap(javaHome, readOnly, hidden));
    }
    cmd.addAll(java);
    return group.map(g -> g.enter(cmd)).orElse(cmd);
  }

  private List<String> bubblewrap(Path javaHome, List<Path> readOnly, List<Path> hidden) {
    List<String> cmd = new ArrayList<>(List.of("bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
        "--setenv", "LD_LIBRARY_PATH", javaHome + "/lib:" + javaHome + "/lib/server",
        // glibc reserves 64 MiB of address space per malloc arena and thread; two arenas keep the limit for real memory
        "--setenv", "MALLOC_ARENA_MAX", "2",
        "--ro-bind", "/usr", "/usr"));
    for (String link : List.of("lib", "lib64", "bin")) {
      if (Files.isSymbolicLink(Path.of("/" + link))) {
        cmd.addAll(List.of("--symlink", "usr/" + link, "/" + link));
      } else if (Files.isDirectory(Path.of("/" + link))) {
        cmd.addAll(List.of("--ro-bind", "/" + link, "/" + link));
      }
    }
    boolean caps = on(Defence.FILESYSTEM_CAPS);
    cmd.addAll(List.of("--dev", "/dev"));
    if (caps) {
      cmd.addAll(List.of("--size", String.valueOf(SHM_BYTES), "--tmpfs", "/dev/shm"));
    }
    // the private /tmp before the binds: binds below it (an output folder under /tmp) must stay visible
    if (caps) {
      cmd.addAll(List.of("--size", String.valueOf(TMP_BYTES)));
    }
    cmd.addAll(List.of("--tmpfs", "/tmp"));
    if (!javaHome.startsWith("/usr")) {
      cmd.addAll(List.of("--ro-bind", javaHome.toString(), javaHome.toString()));
    }
    for (Path p : readOnly) {
      cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
    }
    for (Path p : hidden) {
      if (Files.isDirectory(p)) {
        cmd.addAll(List.of("--tmpfs", p.toAbsolutePath().normalize().toString(), "--remount-ro", p.toAbsolutePath().normalize().toString()));
      }
    }
    if (caps) {
      // / and /dev are tmpfs of the machine's size otherwise: frozen once the binds are made
      cmd.addAll(List.of("--remount-ro", "/dev", "--remount-ro", "/"));
    }
    cmd.addAll(List.of("--chdir", "/tmp"));
    return cmd;
  }

  /** What is in force, in words, for the start of a grading run. */
  public List<String> statement(String childReport) {
    List<String> lines = new ArrayList<>();
    lines.add("isolation " + level.id() + switch (level) {
      case FULL -> ": bubblewrap (no network, own pids and IPC, read-only system, private /tmp " + mib(TMP_BYTES) + " and /dev/shm " + mib(SHM_BYTES) + ", no /proc)";
      case CONTAINER -> ": no namespaces (the machine refuses them or the flag asked); the child's Landlock keeps it to its own files";
      case NONE -> ": NO OS SANDBOX (development only): a plain child JVM";
    });
    lines.add(cgroups().isPresent() ? cgroupsNote + " (" + mib(sandboxMemory(256)) + " for a 256 MiB heap, " + MAX_PIDS + " processes and threads)"
        : "no cgroups: " + cgroupsNote + "; the child cannot start a second process (seccomp), so its per-process limits bound the sandbox");
    if (level != Isolation.NONE) {
      lines.add(Isolation.isRoot() ? "each slot runs as its own unprivileged uid (60001 and up), with process and file limits"
          : "the grader is not root: children run as its own user (no uid of their own), with process and file limits");
    }
    lines.add("in each child: " + childReport);
    if (!off.isEmpty()) {
      lines.add("SWITCHED OFF (a test of the grader's own defences): " + off);
    }
    return lines;
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }
}
