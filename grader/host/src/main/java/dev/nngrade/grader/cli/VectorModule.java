package dev.nngrade.grader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's CPU kernels (nn-core) use the Vector API, still an incubator module in JDK 25, and
 * the JVM prints "WARNING: Using incubator modules: jdk.incubator.vector" whenever that module is
 * added at start-up; no flag silences it. Grading exercises needs no kernels in the grader's JVM (the
 * reference runs in a child), so {@code ./nngrade} starts without the module; a command that does run
 * nn-core here ({@code train}, {@code bench}, {@code demo}, and {@code grade} or {@code leaderboard}
 * of an assignment with a leaderboard) runs again in a child JVM that has it, with stdin and stdout
 * its own and its stderr passed through without that one line.
 */
final class VectorModule {
  static final String NAME = "jdk.incubator.vector";
  /** The line the JVM prints, exactly. */
  static final String WARNING = "WARNING: Using incubator modules: " + NAME;
  /** Set in the relaunched JVM, so that a JVM that still lacks the module says so instead of starting another. */
  static final String RELAUNCHED = "nngrade.relaunched";

  private VectorModule() {}

  static boolean loaded() {
    return ModuleLayer.boot().findModule(NAME).isPresent();
  }

  /** Runs {@code Main} with {@code args} in a child JVM that has the module; returns its exit code. */
  static int relaunch(List<String> args) throws IOException, InterruptedException {
    if (System.getProperty(RELAUNCHED) != null) {
      throw new IllegalStateException("the JVM started with --add-modules=" + NAME + " still lacks it");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the user's JVM options (NNGRADE_JAVA_OPTS, native access) hold for the child too
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("--add-modules=" + NAME);
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-D" + Terminal.PROPERTY + "=" + Terminal.stderr());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
    Thread stop = new Thread(p::destroy);
    Runtime.getRuntime().addShutdownHook(stop);
    Thread err = Thread.ofPlatform().start(() -> {
      try {
        copyWithout(p.getErrorStream(), System.err, WARNING);
      } catch (IOException gone) {
        // the child is gone; its exit code says how
      }
    });
    int code = p.waitFor();
    err.join();
    Runtime.getRuntime().removeShutdownHook(stop);
    return code;
  }

  /**
   * Copies {@code in} to {@code out} as it comes (a progress bar's frames are not held back), leaving
   * out every line that is exactly {@code line}: the bytes of a line are held only while they could
   * still be that line.
   */
  static void copyWithout(InputStream in, OutputStream out, String line) throws IOException {
    byte[] drop = (line + "\n").getBytes(StandardCharsets.UTF_8);
    int matched = 0; // bytes of the current line that match drop so far; -1 once it cannot be that line
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) > 0; ) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (matched >= 0 && b == drop[matched]) {
          matched++;
          if (matched == drop.length) {
            matched = 0;
          }
          continue;
        }
        if (matched > 0) {
          out.write(drop, 0, matched);
        }
        out.write(b);
        matched = b == '\n' ? 0 : -1;
      }
      out.flush();
    }
    if (matched > 0) {
      out.write(drop, 0, matched);
    }
    out.flush();
  }
}
