package dev.nngrade.grader.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any file a student hands in as a jar: it becomes a submission or an {@link InvalidSubmissionException}
 * with a reason, nothing else (the class goes on either way). A submission's canonical jar holds
 * exactly its classes and weights, and read again it is the same submission, byte for byte.
 */
class SubmissionJarFuzzTests {
  @TempDir
  static Path dir;

  static Stream<byte[]> jars() throws IOException {
    Map<String, byte[]> model = new LinkedHashMap<>();
    model.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nNngrade-Exercise-Set-Version: 3\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    model.put("dev/nngrade/student/", new byte[0]);
    model.put("dev/nngrade/student/ImageClassifierImpl.class", Fixtures.classFile(69));
    model.put("dev/nngrade/student/model.nnw", new byte[] {'N', 'N', 'W', '1', 0, 0, 0, 0});
    model.put("META-INF/sources/dev/nngrade/student/ImageClassifierImpl.java", "class X {}".getBytes(StandardCharsets.UTF_8));
    model.put("notes.txt", "dropped".getBytes(StandardCharsets.UTF_8));
    return Stream.of(Fixtures.studentJar("s01", "a"), Fixtures.studentJar(null, ""), Fixtures.zip(model));
  }

  @MethodSource("jars")
  @FuzzTest(maxDuration = "20s")
  void readsAnyFileAsASubmissionOrSaysWhy(byte[] file) throws IOException {
    Path jar = Files.write(dir.resolve("s01.jar"), file);
    // what intake asks of every jar before grading: it never throws
    SubmissionJar.peek(jar);
    Submission s;
    try {
      s = SubmissionJar.read(jar, "s01");
    } catch (InvalidSubmissionException invalid) {
      assertFalse(invalid.key().isBlank());
      assertFalse(invalid.getMessage().isBlank());
      return;
    }
    Map<String, byte[]> entries = SubmissionJar.entries(s.canonicalJar());
    assertFalse(s.classes().isEmpty());
    assertTrue(entries.keySet().containsAll(s.classes()), "every class is in the canonical jar");
    for (String name : entries.keySet()) {
      assertTrue(name.startsWith(SubmissionJar.STUDENT_DIR) && (name.endsWith(".class") || name.endsWith(SubmissionJar.WEIGHTS_SUFFIX)), name);
    }
    Submission again;
    try {
      again = SubmissionJar.read(Files.write(dir.resolve("again.jar"), s.canonicalJar()), "s01");
    } catch (InvalidSubmissionException e) {
      throw new AssertionError("the canonical jar of a valid submission is invalid: " + e.getMessage(), e);
    }
    assertArrayEquals(s.canonicalJar(), again.canonicalJar());
    assertEquals(s.classes(), again.classes());
    assertEquals(new TreeSet<>(entries.keySet()), new TreeSet<>(SubmissionJar.entries(again.canonicalJar()).keySet()));
    assertTrue(again.dropped().isEmpty(), again.dropped()::toString);
  }
}
