package dev.nngrade.grader.intake;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradescope's {@code submission_metadata.yml} as any bytes: the reader returns its submissions or
 * says what is wrong with the file ({@link IllegalArgumentException}, the instructor's error, or an
 * {@link IOException}), without building what it skips and within its caps.
 */
class GradescopeMetadataFuzzTests {
  @TempDir
  static Path dir;

  static Stream<byte[]> files() {
    return Stream.of(IdentityLayoutTests.Gradescope.METADATA, "submission_1:\n  :submitters:\n  - just a string\n", "a: &x [*x]\n", "--- ~\n",
        "submission_2:\n  :submitters: []\n  :created_at: 2026-12-01T14:59:00Z\n").map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("files")
  @FuzzTest(maxDuration = "20s")
  void readsTheSubmissionsOrSaysWhy(byte[] yaml) throws IOException {
    Path file = Files.write(dir.resolve(Layouts.METADATA), yaml);
    Map<String, GradescopeMetadata.Submission> read;
    try {
      read = GradescopeMetadata.read(file);
    } catch (IllegalArgumentException | IOException instructorsError) {
      assertNotNull(instructorsError.getMessage());
      return;
    }
    assertTrue(read.size() <= GradescopeMetadata.MAX_SUBMISSIONS);
    for (var e : read.entrySet()) {
      assertNotNull(e.getKey());
      assertTrue(e.getValue().submitters().size() <= GradescopeMetadata.MAX_SUBMITTERS);
      for (GradescopeMetadata.Submitter s : e.getValue().submitters()) {
        assertNotNull(s.name());
        assertNotNull(s.sid());
        assertNotNull(s.email());
      }
    }
  }
}
