package dev.nngrade.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The OS layer around the child JVM. {@link #BUBBLEWRAP}: new namespaces for everything (no
 * network, own pids), a read-only view of the JDK and the staged modules, a small private
 * {@code /tmp}, no {@code /proc}; as root also an unprivileged uid per slot and process and file
 * limits. {@link #NONE}: a plain child process, with a warning, where bubblewrap is missing.
 */
public enum Isolation {
  BUBBLEWRAP,
  NONE;

  private static volatile Boolean bubblewrapWorks;

  /** Bubblewrap if it is installed and can start a sandbox here, else none. */
  public static Isolation detect() {
    return bubblewrapWorks() ? BUBBLEWRAP : NONE;
  }

  static boolean bubblewrapWorks() {
    Boolean ok = bubblewrapWorks;
    if (ok == null) {
      ok = false;
      try {
        Process p = new ProcessBuilder("bwrap", "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        ok = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      bubblewrapWorks = ok;
    }
    return ok;
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * The command that runs {@code java} under this isolation; {@code slot} picks the sandbox uid,
   * {@code hidden} folders are covered by an empty file system (answers the run must not read).
   */
  List<String> wrap(List<String> java, Path javaHome, List<Path> readOnly, List<Path> hidden, int slot, long addressSpaceBytes) {
    if (this == NONE) {
      return java;
    }
    List<String> cmd = new ArrayList<>();
    // the address space bounds what -Xmx does not: native memory through FFM's Arena.allocate, malloc in the JDK
    cmd.addAll(List.of("prlimit", "--as=" + addressSpaceBytes, "--fsize=" + (64L << 20), "--core=0"));
    if (isRoot()) {
      // as root, limits on processes count only for an unprivileged uid, so each slot gets its own
      cmd.addAll(List.of("--nproc=512", "--nofile=512", "--"));
      int uid = 60_001 + slot;
      cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--inh-caps=-all", "--"));
    } else {
      cmd.add("--");
    }
    cmd.addAll(List.of("bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
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
    // the private /tmp first: binds below it (an output folder under /tmp) must stay visible
    cmd.addAll(List.of("--dev", "/dev", "--size", String.valueOf(64L << 20), "--tmpfs", "/tmp"));
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
    cmd.addAll(List.of("--chdir", "/tmp"));
    cmd.addAll(java);
    return cmd;
  }
}
