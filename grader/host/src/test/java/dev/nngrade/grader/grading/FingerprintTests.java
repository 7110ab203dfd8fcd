package dev.nngrade.grader.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.sandbox.ChildRuntime;
import dev.nngrade.grader.sandbox.Isolation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun keeps a submission's files only while the fingerprint of everything that decides its grade
 * is the same: it must be the same in every JVM (the map order of immutable collections changes
 * between JVMs, so this starts several), and it must change with each thing it covers.
 */
class FingerprintTests {
  static final MasterSeed SEED = MasterSeed.ofHex("00112233445566778899aabbccddeeff");

  /** Prints the fingerprint of the demo assignment over the child's modules staged into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    System.out.println(Fingerprint.of(parts(Assignments.load("demo"), ChildRuntime.stage(Path.of(args[0])), SEED, Isolation.FULL, Optional.empty())));
  }

  static Fingerprint.Parts parts(Assignment a, ChildRuntime runtime, MasterSeed seed, Isolation isolation, Optional<String> hiddenData) {
    return new Fingerprint.Parts(a, Manifest.of(a), "dev.nngrade.student", seed, runtime, isolation, hiddenData);
  }

  static String inAFreshJvm(Path staging) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        FingerprintTests.class.getName(), staging.toString()).redirectErrorStream(false).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor());
    return out.lines().reduce((x, y) -> y).orElse("");
  }

  @Test
  void theFingerprintIsTheSameInEveryJvmWhereverTheModulesAreStaged(@TempDir Path dir) throws Exception {
    List<String> prints = List.of(inAFreshJvm(dir.resolve("a")), inAFreshJvm(dir.resolve("b")), inAFreshJvm(dir.resolve("c")));
    assertTrue(prints.get(0).matches("[0-9a-f]{64}"), prints.get(0));
    assertEquals(1, prints.stream().distinct().count(), prints.toString());
  }

  @Test
  void aHiddenSuiteThatDiffersByOneByteChangesTheFingerprint(@TempDir Path dir) throws Exception {
    Assignment demo = Assignments.load("demo");
    String before = Fingerprint.of(parts(demo, ChildRuntime.stage(dir.resolve("before")), SEED, Isolation.FULL, Optional.empty()));
    ChildRuntime changed = ChildRuntime.stage(dir.resolve("after"));
    // the staged suites module (a jar, or the classes folder of a build), one byte longer in one test class or in the jar
    String suites = ChildRuntime.locate("dev.nngrade.grader.suites.CanaryTests").getFileName().toString();
    Path staged;
    try (Stream<Path> s = Files.list(changed.modules())) {
      staged = s.filter(p -> p.getFileName().toString().endsWith("-" + suites) || p.getFileName().toString().endsWith("-" + suites + ".jar")).findFirst()
          .orElseThrow();
    }
    Path file = Files.isDirectory(staged) ? staged.resolve("dev/nngrade/grader/suites/SoftmaxHiddenTests.class") : staged;
    Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);
    assertNotEquals(before, Fingerprint.of(parts(demo, changed, SEED, Isolation.FULL, Optional.empty())));
    // and the same bytes staged elsewhere give the same fingerprint
    assertEquals(before, Fingerprint.of(parts(demo, ChildRuntime.stage(dir.resolve("again")), SEED, Isolation.FULL, Optional.empty())));
  }

  @Test
  void theAssignmentTheSeedTheIsolationAndTheHiddenDataAreEachPartOfIt(@TempDir Path dir) throws Exception {
    Assignment demo = Assignments.load("demo");
    ChildRuntime runtime = ChildRuntime.stage(dir);
    String base = Fingerprint.of(parts(demo, runtime, SEED, Isolation.FULL, Optional.empty()));
    List<String> others = List.of(
        Fingerprint.of(parts(demo.withLanguage(Language.EN), runtime, SEED, Isolation.FULL, Optional.empty())),
        Fingerprint.of(parts(demo, runtime, MasterSeed.ofHex("00112233445566778899aabbccddeefe"), Isolation.FULL, Optional.empty())),
        Fingerprint.of(parts(demo, runtime, SEED, Isolation.CONTAINER, Optional.empty())),
        Fingerprint.of(parts(demo, runtime, SEED, Isolation.FULL, Optional.of("hidden-data-1"))),
        Fingerprint.of(parts(demo, runtime, SEED, Isolation.FULL, Optional.of("hidden-data-2"))));
    assertEquals(others.size() + 1, Stream.concat(Stream.of(base), others.stream()).distinct().count(), others.toString());
  }
}
