package dev.nngrade.grader.sandbox;

import dev.nngrade.grader.protocol.Wire;
import dev.nngrade.grader.results.EventStream;
import dev.nngrade.grader.results.RunResult;
import java.io.BufferedReader;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts one child JVM for one run, feeds it the request, reads its events and output
 * concurrently, and kills the whole process tree when the run's clock runs out, when no event came
 * for longer than a test may take, or when the output passes its cap.
 */
public final class ChildJvm {
  /** Bytes of stdout the host reads at most (events are short; a flood is cut off). */
  static final long MAX_EVENT_BYTES = 8L << 20;

  private static final String PATH_SEPARATOR = File.pathSeparator;
  /** How long a JVM may take to exit after the runner's end event before it is killed (its results are complete). */
  static final Duration END_GRACE = Duration.ofSeconds(1);

  private final ChildRuntime runtime;
  private final Isolation isolation;
  private volatile Path sharedArchive;

  public ChildJvm(ChildRuntime runtime, Isolation isolation) {
    this.runtime = runtime;
    this.isolation = isolation;
  }

  public Isolation isolation() {
    return isolation;
  }

  /**
   * Trains a class-data-sharing archive for test runs: the reference solution runs {@code tests} once
   * in a child started exactly like a graded one (same runtime image, module path and flags, no class
   * path), which writes the classes it loaded into {@code archive} at exit. Later test runs map them
   * instead of loading, verifying and linking JUnit, the suites and Mockito again. The runs are trusted
   * code (the reference), so no sandbox; a failed training leaves the archive out, nothing else.
   * Returns whether the archive is in use.
   */
  public boolean trainSharedArchive(Path archive, List<String> tests, String language, String conventions) throws IOException {
    if (!runtime.image() || tests.isEmpty()) {
      return false; // --limit-modules switches class data sharing off
    }
    List<String> java = new ArrayList<>(baseCommand(runtime.javaHome(), 512));
    java.add("-XX:ArchiveClassesAtExit=" + archive);
    java.addAll(List.of("--module-path", runtime.modules().toString(), "--add-modules", "dev.nngrade.grader.suites,org.objenesis",
        "-m", "dev.nngrade.grader.runner/dev.nngrade.grader.runner.ChildMain"));
    ProcessBuilder pb = new ProcessBuilder(java).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().clear();
    pb.directory(archive.getParent().toFile());
    Process p = pb.start();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try (Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
      in.write(request(key, "dev.nngrade.solution", 10, language, conventions, null, tests));
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

  /** The JVM and its flags, before module path and class path. */
  private static List<String> baseCommand(Path javaHome, int heapMegabytes) {
    return List.of(javaHome.resolve("bin/java").toString(),
        "-Xmx" + heapMegabytes + "m", "-Xss1m",
        "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxMetaspaceSize=160m",
        "-XX:MaxDirectMemorySize=64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-XX:-UsePerfData", "-XX:+DisableAttachMechanism", "-XX:-EnableDynamicAgentLoading",
        "--illegal-native-access=deny", "--sun-misc-unsafe-memory-access=deny",
        "-Djunit.platform.launcher.interceptors.enabled=false",
        "-Djava.io.tmpdir=/tmp", "-Duser.home=/tmp", "-Duser.language=en", "-Duser.country=US",
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");
  }

  private static String request(byte[] key, String implementations, long timeoutSeconds, String language, String conventions, Prediction prediction,
      List<String> tests) {
    StringBuilder req = new StringBuilder();
    req.append(Wire.KEY).append(HexFormat.of().formatHex(key)).append('\n');
    req.append(Wire.IMPLEMENTATIONS).append(implementations).append('\n');
    req.append(Wire.TIMEOUT_SECONDS).append(timeoutSeconds).append('\n');
    req.append(Wire.LANGUAGE).append(language).append('\n');
    req.append(Wire.COURSE).append(conventions).append('\n');
    if (prediction != null) {
      req.append(Wire.PREDICT).append(prediction.kind()).append('\n');
      req.append(Wire.INPUTS).append(prediction.inputs()).append('\n');
    }
    for (String t : tests) {
      req.append(Wire.RUN).append(t).append('\n');
    }
    req.append(Wire.END).append('\n');
    return req.toString();
  }

  /** What one run needs besides the tests. */
  public record Request(Path studentJar, String implementations, String language, String conventions, Limits limits, int slot, boolean withMutants,
      Prediction prediction) {
    public Request(Path studentJar, String implementations, String language, String conventions, Limits limits, int slot, boolean withMutants) {
      this(studentJar, implementations, language, conventions, limits, slot, withMutants, null);
    }
  }

  /**
   * A leaderboard run instead of tests: the model kind ({@code Wire.CLASSIFIER} or {@code
   * Wire.REGRESSOR}), the staged inputs (beside the jar), and folders the sandbox must not show (where
   * the answers live on this machine).
   */
  public record Prediction(String kind, Path inputs, List<Path> hidden) {}

  public RunResult run(Request request, List<String> tests, byte[] key) throws IOException {
    Path javaHome = runtime.javaHome();
    Prediction prediction = request.prediction();
    List<String> java = new ArrayList<>(baseCommand(javaHome, request.limits().heapMegabytes()));
    Path archive = sharedArchive;
    boolean shared = archive != null && prediction == null && !request.withMutants(); // the archive matches this module path only
    if (shared) {
      java.add("-XX:SharedArchiveFile=" + archive);
    }
    if (prediction == null) {
      if (!runtime.image()) {
        java.addAll(List.of("--limit-modules", ChildRuntime.LIMIT_MODULES + (request.withMutants() ? ",dev.nngrade.grader.mutants" : "")));
      }
      java.addAll(List.of(
          "--module-path", runtime.modules() + (request.withMutants() ? PATH_SEPARATOR + runtime.validation() : ""),
          "--add-modules", "dev.nngrade.grader.suites,org.objenesis" + (request.withMutants() ? ",dev.nngrade.grader.mutants" : "")));
    } else {
      // no suites, testkit or reference (whose jar carries the embedded data set and its labels)
      if (!runtime.image()) {
        java.addAll(List.of("--limit-modules", ChildRuntime.PREDICTION_LIMIT_MODULES));
      }
      java.addAll(List.of("--module-path", runtime.predictionModules().toString()));
    }
    java.addAll(List.of(
        "-cp", request.studentJar().toString(),
        "-m", "dev.nngrade.grader.runner/dev.nngrade.grader.runner.ChildMain"));
    List<Path> readOnly = new ArrayList<>(List.of(prediction == null ? runtime.modules() : runtime.predictionModules(), request.studentJar().getParent()));
    if (request.withMutants()) {
      readOnly.add(runtime.validation());
    }
    if (shared) {
      readOnly.add(archive);
    }
    if (prediction != null && !prediction.inputs().startsWith(request.studentJar().getParent())) {
      readOnly.add(prediction.inputs());
    }
    List<String> command = isolation.wrap(java, javaHome, readOnly, prediction == null ? List.of() : prediction.hidden(), request.slot(),
        addressSpace(request.limits().heapMegabytes()));
    ProcessBuilder pb = new ProcessBuilder(command);
    if (isolation == Isolation.NONE) {
      pb.environment().clear(); // no secrets or paths through the environment either
      pb.directory(request.studentJar().getParent().toFile());
    }
    long t0 = System.nanoTime();
    Process process = pb.start();
    EventStream events = new EventStream(key, new LinkedHashSet<>(tests));
    AtomicBoolean overflow = new AtomicBoolean();
    AtomicLong stderrBytes = new AtomicLong();
    ByteArrayOutputStream stderrHead = new ByteArrayOutputStream();
    long outputCap = request.limits().outputKilobytes() * 1024L;
    Thread out = Thread.ofVirtual().start(() -> readEvents(process.getInputStream(), events, overflow));
    Thread err = Thread.ofVirtual().start(() -> readCapped(process.getErrorStream(), stderrHead, stderrBytes, outputCap, overflow));
    try (Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
      in.write(request(key, request.implementations(), request.limits().perTest().toSeconds(), request.language(), request.conventions(), prediction, tests));
    } catch (IOException closed) {
      // the child died before reading its request; the result below says so
    }
    RunResult.Ending ending = watch(process, events, overflow, request.limits(), tests.size(), t0);
    if (ending == RunResult.Ending.EXITED) {
      // read what is left in the pipes first: destroying a Process closes its streams
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      join(out);
      join(err);
    }
    kill(process);
    join(out);
    join(err);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return events.result(ending, stderrHead.toString(StandardCharsets.UTF_8), ms);
  }

  private static RunResult.Ending watch(Process p, EventStream events, AtomicBoolean overflow, Limits limits, int tests, long t0) {
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

  private static void readEvents(InputStream in, EventStream events, AtomicBoolean overflow) {
    long total = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      // lines are read with a cap each: a line without end counts towards the total and is cut
      StringBuilder line = new StringBuilder();
      for (int c; (c = r.read()) >= 0; ) {
        if (++total > MAX_EVENT_BYTES) {
          overflow.set(true);
          drain(in);
          return;
        }
        if (c == '\n') {
          events.accept(line.toString());
          line.setLength(0);
        } else if (line.length() < 16_384) {
          line.append((char) c);
        }
      }
      if (!line.isEmpty()) {
        events.accept(line.toString());
      }
    } catch (IOException e) {
      // the process is gone
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
