package dev.nngrade.grader.runner;

import dev.nngrade.grader.protocol.Codec;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Frames;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.protocol.Wire;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM's entry point. Order matters: the event channel (a private copy of stdout; stdout
 * itself then goes to stderr) and the request (with the key) are taken first; stdin is closed; the
 * process confines itself (no new privileges, not dumpable, Landlock, seccomp: see {@link
 * Confinement}) and says so; only then does any test or student class load. The Jupiter engine
 * comes from the boot module layer, so a {@code META-INF/services} file in a submission cannot add an
 * engine; the JVM halts after the last event, so stray threads and shutdown hooks cannot add
 * anything.
 */
public final class ChildMain {
  private ChildMain() {}

  public static void main(String[] args) throws IOException {
    EventFd events = Confinement.takeEventFd();
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    Request request = Codec.decodeRequest(Frames.readRequest(System.in));
    Confinement.closeStdin();
    EventChannel channel = new EventChannel(events::write, request.settings().key());
    try {
      Event.Confined confined = confine(request);
      channel.send(confined);
      if (confined.problem() != null) {
        return; // no test runs unconfined
      }
      switch (request) {
        case Request.RunTests r -> TestRun.run(r, channel);
        case Request.Predict p -> Predictions.run(p, channel);
      }
      channel.send(new Event.End());
    } catch (Throwable t) { // the host reads what is missing as a crash; this says why when it can
      channel.send(new Event.Crash(Throwables.describe(t, request.settings().implementations())));
    } finally {
      Runtime.getRuntime().halt(0);
    }
  }

  /**
   * Confines this process as the host asked. Reads only: the runtime, the module and class path
   * (the runner, JUnit, the suites, the submission's canonical jar) and a leaderboard run's staged
   * inputs; writes: the temporary folder only.
   */
  private static Event.Confined confine(Request request) {
    String landlock = System.getProperty(Wire.LANDLOCK, "required");
    boolean seccomp = !"off".equals(System.getProperty(Wire.SECCOMP, "on"));
    List<Path> readOnly = new ArrayList<>();
    readOnly.add(Path.of(System.getProperty("java.home")));
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          readOnly.add(Path.of(entry));
        }
      }
    }
    if (request instanceof Request.Predict p) {
      readOnly.add(Path.of(p.inputs()));
    }
    List<Path> readWrite = List.of(Path.of(System.getProperty("java.io.tmpdir")));
    try {
      Confinement.Report r = Confinement.apply(new Confinement.Policy(readOnly, readWrite, !"off".equals(landlock), seccomp));
      String problem = "required".equals(landlock) && r.landlockAbi() == 0 ? "this kernel has no Landlock, which this isolation level requires" : null;
      return new Event.Confined(r.noNewPrivs(), r.nonDumpable(), r.landlockAbi(), r.seccomp(), problem);
    } catch (IOException | RuntimeException e) {
      // the runner's own exception: its message is trusted text
      String why = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      return new Event.Confined(false, false, 0, false, why.length() <= 500 ? why : why.substring(0, 500));
    }
  }
}
