package dev.nngrade.grader.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.scoring.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rerun skips what is graded only if the fingerprint of assignment and suites is the same in the
 * next JVM: the map order of immutable collections changes between JVMs, so this starts two.
 */
class FingerprintTests {
  /** Prints the fingerprint of the demo assignment. */
  public static void main(String[] args) throws Exception {
    var a = Assignments.load("demo");
    System.out.println(Grader.fingerprint(a, Manifest.of(a), "dev.nngrade.student", dev.nngrade.grader.judging.MasterSeed.ofHex("00112233445566778899aabbccddeeff")));
  }

  static String inAFreshJvm() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        FingerprintTests.class.getName()).redirectErrorStream(false).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor());
    return out.lines().reduce((x, y) -> y).orElse("");
  }

  @Test
  void theFingerprintIsTheSameInEveryJvm() throws Exception {
    List<String> prints = List.of(inAFreshJvm(), inAFreshJvm(), inAFreshJvm());
    assertTrue(prints.get(0).matches("[0-9a-f]{64}"), prints.get(0));
    assertEquals(1, prints.stream().distinct().count(), prints.toString());
  }
}
