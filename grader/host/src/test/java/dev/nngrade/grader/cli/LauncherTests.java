package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool as {@code ./nngrade} starts it: a JVM without {@code jdk.incubator.vector}. Commands that
 * need no kernels run there and print no incubator warning; one that does relaunches itself with the
 * module and shows nothing of the warning either.
 */
class LauncherTests {
  record Ran(int code, String out, String err) {}

  /** {@code java --enable-native-access=ALL-UNNAMED -cp <the tool> Main args}, exactly as the nngrade script runs it. */
  static Ran nngrade(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command finished");
    return new Ran(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void aCommandWithoutKernelsRunsWithoutTheVectorModuleAndPrintsNoWarning(@TempDir Path dir) throws Exception {
    Ran r = nngrade(dir, "validate-assignment", "demo");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("demo: valid (22 exercises"), r.out());
  }

  @Test
  void trainingRelaunchesWithTheModuleAndTheWarningDoesNotReachTheUser(@TempDir Path dir) throws Exception {
    Ran r = nngrade(dir, "train", "--epochs", "1", "--out", dir.resolve("train").toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("incubator"), r.err());
    // stderr is a file here, not a terminal: no progress bar frames either
    assertFalse(r.err().contains("\r"), r.err());
    assertTrue(r.out().contains("\"name\":\"train-done\""), r.out());
    assertTrue(Files.isRegularFile(dir.resolve("train/loss-curve.svg")));
  }

  @Test
  void theFilterDropsExactlyTheWarningLineWhereverTheReadsSplitIt() throws Exception {
    String w = VectorModule.WARNING;
    String in = w + "\nfirst\r frame\rsecond frame\nWARNING: Using incubator modules: jdk.incubator.vector.extra\n" + w + "\n" + w.substring(0, 10);
    String want = "first\r frame\rsecond frame\nWARNING: Using incubator modules: jdk.incubator.vector.extra\n" + w.substring(0, 10);
    for (int chunk : new int[] {1, 3, 7, 8192}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      VectorModule.copyWithout(chunked(in.getBytes(StandardCharsets.UTF_8), chunk), out, w);
      assertEquals(want, out.toString(StandardCharsets.UTF_8), "reads of " + chunk + " bytes");
    }
  }

  /** A stream whose reads return at most {@code chunk} bytes, as a pipe may. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
