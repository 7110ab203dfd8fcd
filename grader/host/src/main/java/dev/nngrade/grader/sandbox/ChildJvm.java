package dev.nngrade.grader.sandbox;

import dev.nngrade.grader.protocol.Codec;
import dev.nngrade.grader.protocol.Frames;
import dev.nngrade.grader.protocol.MalformedFrameException;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.protocol.Wire;
import dev.nngrade.grader.results.EventStream;
import dev.nngrade.grader.results.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts one child JVM for one run, writes it the request, reads its event frames and output
 * concurrently, and kills the whole process tree when the run's clock runs out, when no event came
 * for longer than a test may take, when the output passes its cap, or when the event stream breaks.
 */
public final class ChildJvm {
  /** Bytes of events the host reads from one run at most (judged values and predictions included). */
  static final long MAX_EVENT_BYTES = 64L << 20;

  private static final String PATH_SEPARATOR = File.pathSeparator;
  private static final String MAIN = "dev.nngrade.grader.runner/dev.nngrade.grader.runner.ChildMain";
  /** How long a JVM may take to exit after the runner's end event before it is killed (its results are complete). */
  static final Duration END_GRACE = Duration.ofSeconds(1);

  private final ChildRuntime runtime;
  private final SandboxPolicy policy;
  private volatile Path sharedArchive;

  public ChildJvm(ChildRuntime runtime, SandboxPolicy policy) {
    this.runtime = runtime;
    this.policy = policy;
  }

  /** The trusted modules and Java runtime the children start from. */
  public ChildRuntime runtime() {
    return runtime;
  }

  public Isolation isolation() {
    return policy.level();
  }

  public SandboxPolicy policy() {
    return policy;
  }

  /**
   * Starts one child with nothing to run and returns what its confinement holds, in words; throws
   * {@link SandboxUnavailableException} when it cannot start or cannot confine itself as this level
   * needs (before any student is graded: a machine problem is the instructor's, never a student's).
   */
  public String selfCheck(Path scratch) throws IOException {
    try (RunFolder run = RunFolder.create(scratch, "check-")) {
      Path jar = emptySubmission(run.path());
      byte[] key = new byte[Wire.KEY_BYTES];
      new java.security.SecureRandom().nextBytes(key);
      Request.RunTests nothing = new Request.RunTests(new Request.Settings(key, "dev.nngrade.student", dev.nngrade.contract.Language.EN, 10), "", List.of());
      RunResult r = run(Launch.tests(jar, new Limits(Duration.ofSeconds(30), Duration.ofSeconds(60), 256, 256), 0, Modules.TESTS), nothing);
      var c = r.confined().orElseThrow(() -> new SandboxUnavailableException("a child JVM at isolation " + policy.level().id()
          + " did not start (ended " + r.ending().name().toLowerCase(java.util.Locale.ROOT) + "): " + r.stderrHead().strip()));
      if (c.problem() != null) {
        throw new SandboxUnavailableException("a child JVM at isolation " + policy.level().id() + " cannot confine itself: " + c.problem());
      }
      if (!r.ended()) {
        throw new SandboxUnavailableException("a child JVM at isolation " + policy.level().id() + " confined itself but did not finish an empty run: "
            + r.stderrHead().strip());
      }
      return (c.noNewPrivs() ? "no_new_privs, " : "") + (c.nonDumpable() ? "not dumpable, " : "") + (c.seccomp() ? "seccomp filter, " : "NO seccomp filter, ")
          + (c.landlockAbi() > 0 ? "Landlock ABI " + c.landlockAbi() : "NO Landlock (the kernel has none)");
    }
  }

  /** A jar without entries in {@code runDir}, for runs with no submission (the sandbox check, the reference's run). */
  public static Path emptySubmission(Path runDir) throws IOException {
    Path jar = runDir.resolve("empty.jar");
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      zip.setComment("no submission");
    }
    Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
    return jar;
  }

  /** Which trusted modules a run's child gets. */
  public enum Modules {
    /** Graded test runs: runner, JUnit, contract, testkit, hidden suites; nothing that computes a right answer. */
    TESTS,
    /** validate-suite's runs of the reference and its mutants (trusted code): the tests' modules, the reference and the mutants. */
    VALIDATION,
    /** Leaderboard runs: the runner and what it requires, nothing that holds data or answers. */
    PREDICTION
  }

  /**
   * What the sandbox of one run needs besides the request: the canonical jar (its folder is mounted),
   * the limits, the slot (its own uid when root), which modules, and for a leaderboard run the staged
   * inputs and the folders the sandbox must not show (where the answers live on this machine).
   */
  public record Launch(Path studentJar, Limits limits, int slot, Modules modules, Optional<Path> inputs, List<Path> hidden) {
    public Launch {
      hidden = List.copyOf(hidden);
    }

    public static Launch tests(Path studentJar, Limits limits, int slot, Modules modules) {
      return new Launch(studentJar, limits, slot, modules, Optional.empty(), List.of());
    }

    /** The same launch with another clock for the whole run. */
    public Launch withRunClock(Duration perRun) {
      return new Launch(studentJar, limits.withPerRun(perRun), slot, modules, inputs, hidden);
    }
  }

  /**
   * Trains a class-data-sharing archive for test runs: the requested tests run once in a child started
   * exactly like a graded one (same runtime image, module path and flags, no class path), which writes
   * the classes it loaded into {@code archive} at exit. There is no submission, so every test fails at
   * once, but JUnit, the testkit and the suites are loaded on the way. Later test runs map these classes
   * instead of loading, verifying and linking them again. Returns whether the archive is in use.
   */
  public boolean trainSharedArchive(Path archive, Request.RunTests request) throws IOException {
    if (!runtime.image() || request.tests().isEmpty()) {
      return false; // --limit-modules switches class data sharing off
    }
    List<String> java = new ArrayList<>(baseCommand(runtime.javaHome(), 512));
    java.add("-XX:ArchiveClassesAtExit=" + archive);
    // no submission runs here, and the archive is written outside the child's temporary folder at exit
    java.add("-D" + Wire.LANDLOCK + "=off");
    java.addAll(modulePath(Modules.TESTS));
    java.addAll(List.of("-m", MAIN));
    ProcessBuilder pb = new ProcessBuilder(java).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().clear();
    pb.directory(archive.getParent().toFile());
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(Frames.request(Codec.encode(request)));
    }
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        kill(p);
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill(p);
      return false;
    }
    if (!Files.isRegularFile(archive)) {
      return false;
    }
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
    sharedArchive = archive;
    return true;
  }

  /**
   * The address-space limit of a child: its heap plus 2 GiB for what the JVM reserves besides (a
   * child with a 256 MiB heap peaks near 1.3 GiB of virtual memory: class space, code cache, class
   * data archive, thread stacks).
   */
  static long addressSpace(int heapMegabytes) {
    return ((long) heapMegabytes << 20) + (2L << 30);
  }

  /**
   * The JVM and its flags, before module path and class path. Only the runner's module may call native
   * code (it confines its own process before any student class loads); everything else is denied. The
   * JVM's own messages (class-data-sharing warnings, "VM warning" lines) go to stderr: stdout carries
   * the event frames, where a stray byte would break the stream.
   */
  private static List<String> baseCommand(Path javaHome, int heapMegabytes) {
    return baseCommand(javaHome, heapMegabytes, Path.of("/tmp"));
  }

  private static List<String> baseCommand(Path javaHome, int heapMegabytes, Path tmp) {
    // The JVM's warnings without uptime (they reach the instructor's message of a crashed run, which must
    // read the same in every run), and none of class data sharing's: with the class archive, every
    // child's start logs as errors that the image's base archive was dumped without --add-modules and
    // --enable-native-access, although the archive maps and serves classes all the same.
    return List.of(javaHome.resolve("bin/java").toString(), "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
        // one selection: a second -Xlog naming stderr would reset its decorators to the default (uptime included)
        "-Xlog:all=warning,cds=off:stderr:level,tags",
        "-Xmx" + heapMegabytes + "m", "-Xss1m",
        "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxMetaspaceSize=160m",
        "-XX:MaxDirectMemorySize=64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-XX:-UsePerfData", "-XX:+DisableAttachMechanism", "-XX:-EnableDynamicAgentLoading",
        "--enable-native-access=dev.nngrade.grader.runner", "--illegal-native-access=deny", "--sun-misc-unsafe-memory-access=deny",
        // no reads of /proc and /sys for container limits after start-up: the child's Landlock refuses them
        "-XX:-UseContainerSupport",
        "-Djunit.platform.launcher.interceptors.enabled=false",
        "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + tmp, "-Duser.language=en", "-Duser.country=US",
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");
  }

  /** Module path (and, outside a runtime image, the module limit) of a kind of run. */
  private List<String> modulePath(Modules modules) {
    List<String> args = new ArrayList<>();
    switch (modules) {
      case TESTS, VALIDATION -> {
        boolean validation = modules == Modules.VALIDATION;
        if (!runtime.image()) {
          args.addAll(List.of("--limit-modules", ChildRuntime.LIMIT_MODULES + (validation ? "," + ChildRuntime.VALIDATION_MODULES : "")));
        }
        args.addAll(List.of("--module-path", runtime.modules() + (validation ? PATH_SEPARATOR + runtime.validation() : ""),
            "--add-modules", "dev.nngrade.grader.suites" + (validation ? "," + ChildRuntime.VALIDATION_MODULES : "")));
      }
      case PREDICTION -> {
        if (!runtime.image()) {
          args.addAll(List.of("--limit-modules", ChildRuntime.PREDICTION_LIMIT_MODULES));
        }
        args.addAll(List.of("--module-path", runtime.predictionModules().toString()));
      }
    }
    return args;
  }

  private Path moduleFolder(Modules modules) {
    return modules == Modules.PREDICTION ? runtime.predictionModules() : runtime.modules();
  }

  public RunResult run(Launch launch, Request request) throws IOException {
    Path javaHome = runtime.javaHome();
    Path tmp = policy.temporaryFolder(launch.studentJar().getParent());
    List<String> java = new ArrayList<>(baseCommand(javaHome, launch.limits().heapMegabytes(), tmp));
    java.addAll(policy.childProperties());
    Path archive = sharedArchive;
    boolean shared = archive != null && launch.modules() == Modules.TESTS; // the archive matches this module path only
    if (shared) {
      java.add("-XX:SharedArchiveFile=" + archive);
    }
    java.addAll(modulePath(launch.modules()));
    java.addAll(List.of("-cp", launch.studentJar().toString(), "-m", MAIN));
    List<Path> readOnly = new ArrayList<>(List.of(moduleFolder(launch.modules()), launch.studentJar().getParent()));
    if (launch.modules() == Modules.VALIDATION) {
      readOnly.add(runtime.validation());
    }
    if (shared) {
      readOnly.add(archive);
    }
    launch.inputs().filter(i -> !i.startsWith(launch.studentJar().getParent())).ifPresent(readOnly::add);
    Optional<Cgroups.Group> group = policy.cgroups().isPresent()
        ? Optional.of(policy.cgroups().get().create(SandboxPolicy.sandboxMemory(launch.limits().heapMegabytes()), SandboxPolicy.MAX_PIDS)) : Optional.empty();
    try {
      List<String> command = policy.command(java, javaHome, readOnly, launch.hidden(), launch.slot(), addressSpace(launch.limits().heapMegabytes()), group);
      ProcessBuilder pb = new ProcessBuilder(command);
      if (policy.level() != Isolation.FULL) {
        pb.environment().clear(); // no secrets or paths through the environment either (bubblewrap clears it itself)
        pb.directory(tmp.toFile());
      }
      RunResult r = run(pb, launch, request);
      return group.isPresent() && group.get().outOfMemory()
          ? r.withStderrNote("the sandbox's memory limit (" + (SandboxPolicy.sandboxMemory(launch.limits().heapMegabytes()) >> 20) + " MiB) killed a process") : r;
    } finally {
      group.ifPresent(Cgroups.Group::close);
    }
  }

  private RunResult run(ProcessBuilder pb, Launch launch, Request request) throws IOException {
    List<String> tests = switch (request) {
      case Request.RunTests r -> r.tests().stream().map(Request.TestRun::id).toList();
      case Request.Predict p -> List.of(Wire.PREDICTION_ID);
    };
    long t0 = System.nanoTime();
    Process process = pb.start();
    EventStream events = new EventStream(new LinkedHashSet<>(tests));
    AtomicBoolean overflow = new AtomicBoolean();
    AtomicBoolean broken = new AtomicBoolean();
    AtomicLong stderrBytes = new AtomicLong();
    ByteArrayOutputStream stderrHead = new ByteArrayOutputStream();
    long outputCap = launch.limits().outputKilobytes() * 1024L;
    byte[] key = request.settings().key();
    Thread out = Thread.ofVirtual().start(() -> readEvents(process.getInputStream(), key, events, overflow, broken));
    Thread err = Thread.ofVirtual().start(() -> readCapped(process.getErrorStream(), stderrHead, stderrBytes, outputCap, overflow));
    try (OutputStream in = process.getOutputStream()) {
      in.write(Frames.request(Codec.encode(request)));
    } catch (IOException closed) {
      // the child died before reading its request; the result below says so
    }
    RunResult.Ending ending = watch(process, events, overflow, broken, launch.limits(), tests.size(), t0);
    if (ending == RunResult.Ending.EXITED) {
      // read what is left in the pipes first: destroying a Process closes its streams
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      join(out);
      join(err);
    }
    kill(process);
    join(out);
    join(err);
    if (broken.get() && ending == RunResult.Ending.EXITED) {
      ending = RunResult.Ending.BROKEN_STREAM;
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return events.result(ending, stderrHead.toString(StandardCharsets.UTF_8), ms);
  }

  private static RunResult.Ending watch(Process p, EventStream events, AtomicBoolean overflow, AtomicBoolean broken, Limits limits, int tests, long t0) {
    long perTest = limits.perTest().plusSeconds(2).toNanos();
    long budget = Math.min(limits.perRun().toNanos(), Limits.STARTUP.toNanos() + tests * limits.perTest().plusSeconds(2).toNanos());
    while (true) {
      try {
        if (p.waitFor(50, TimeUnit.MILLISECONDS)) {
          return overflow.get() ? RunResult.Ending.OUTPUT_LIMIT : RunResult.Ending.EXITED;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return RunResult.Ending.TIMED_OUT;
      }
      long now = System.nanoTime();
      if (overflow.get()) {
        return RunResult.Ending.OUTPUT_LIMIT;
      }
      if (broken.get()) {
        return RunResult.Ending.BROKEN_STREAM;
      }
      if (events.testTimedOut()) {
        return RunResult.Ending.REPLACED_AFTER_TIMEOUT;
      }
      if (events.endedNanos() != 0 && now - events.endedNanos() > END_GRACE.toNanos()) {
        // the runner reported its end and halts; a JVM still there a second later is stuck in its own exit
        return RunResult.Ending.EXITED;
      }
      boolean started = events.lastEventNanos() > t0;
      long quiet = now - (started ? events.lastEventNanos() : t0);
      if (now - t0 > budget || quiet > (started ? perTest : Limits.STARTUP.toNanos() + perTest)) {
        return RunResult.Ending.TIMED_OUT;
      }
    }
  }

  /**
   * The JVM and everything it started. The descendants go first, so that the process we started
   * (bubblewrap, when sandboxed) reaps its own children and exits by itself; killing it first would
   * leave its children to an init that may not reap them. Under bubblewrap the pid namespace takes
   * every process the submission started with it.
   */
  static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    try {
      if (!p.waitFor(3, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }

  private static void join(Thread t) {
    try {
      t.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Frames until the stream ends, breaks (the rest is drained unread) or passes {@link #MAX_EVENT_BYTES}. */
  private static void readEvents(InputStream in, byte[] key, EventStream events, AtomicBoolean overflow, AtomicBoolean broken) {
    Capped capped = new Capped(in, MAX_EVENT_BYTES);
    Frames.Reader reader = new Frames.Reader(capped, key, Wire.MAX_FRAME_BYTES);
    try {
      for (byte[] payload; (payload = reader.next()) != null; ) {
        events.accept(Codec.decodeEvent(payload));
      }
      if (capped.exceeded()) {
        overflow.set(true);
        drain(in);
      }
    } catch (MalformedFrameException e) {
      events.reject();
      (capped.exceeded() ? overflow : broken).set(true);
      drain(in);
    } catch (IOException e) {
      // the process is gone
    }
  }

  /** Counts what is read and ends the stream at a cap, saying so. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    private long read;

    Capped(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    boolean exceeded() {
      return read >= cap;
    }

    @Override
    public int read() throws IOException {
      if (read >= cap) {
        return -1;
      }
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (read >= cap) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, cap - read));
      read += Math.max(0, n);
      return n;
    }
  }

  private static void readCapped(InputStream in, OutputStream head, AtomicLong total, long cap, AtomicBoolean overflow) {
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        long before = total.getAndAdd(n);
        if (before < cap) {
          head.write(buf, 0, (int) Math.min(n, cap - before));
        }
        if (before + n > 16 * cap) {
          overflow.set(true);
          drain(in);
          return;
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  private static void drain(InputStream in) {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException ignored) {
      // the process is being killed
    }
  }
}
