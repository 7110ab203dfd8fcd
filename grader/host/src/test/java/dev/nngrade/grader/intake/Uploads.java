package dev.nngrade.grader.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** What the zip fuzz tests share: the seeds, and one upload scanned and graded as intake would. */
final class Uploads {
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("nngrade-upload-fuzz-");
    } catch (IOException e) {
      throw new IllegalStateException("no temporary folder for the upload fuzz tests: " + e, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Archives.deleteTree(DIR);
      } catch (IOException ignored) {
        // the JVM is going away; a leftover temporary folder is all that is lost
      }
    }));
  }

  private Uploads() {}

  /** Zips of jars, of zips of jars, of something else, as students upload them. */
  static byte[][] nestedSeeds() throws IOException {
    byte[] jar = Fixtures.studentJar("s01", "a");
    Map<String, byte[]> two = new LinkedHashMap<>();
    two.put("a/submission.jar", jar);
    two.put("b/submission.jar", Fixtures.studentJar("s02", "b"));
    two.put("README.md", "hello".getBytes(StandardCharsets.UTF_8));
    two.put("__MACOSX/._submission.jar", new byte[] {0});
    byte[] nested = Fixtures.zip(Map.of("inner.zip", Fixtures.zip(Map.of("deep.zip", Fixtures.zip(Map.of("s.jar", jar)), "s.jar", jar))));
    return Stream.of(Fixtures.zip(Map.of("submission.jar", jar)), Fixtures.zip(two), nested, Fixtures.zip(Map.of())).toArray(byte[][]::new);
  }

  /** Scans a folder holding only {@code s01.zip} = {@code zip} and reads what intake chose. */
  static void scanOne(byte[] zip) throws IOException {
    Path subs = DIR.resolve("subs");
    Path staging = DIR.resolve("staging");
    Archives.deleteTree(subs);
    Files.createDirectories(subs);
    Files.write(subs.resolve("s01.zip"), zip);
    IntakeReport r = Intake.scan(subs, staging, Intake.Options.defaults().withLayout(IdentityLayout.PLAIN));
    assertEquals(1, r.candidates().size(), () -> "one upload, one submission: " + r.lines());
    Intake.Candidate c = r.candidates().get(0);
    assertEquals("s01", c.student());
    if (c.rejected().isPresent()) {
      assertFalse(c.rejected().get().detail().isBlank());
    } else if (!c.jar().equals(subs.resolve("s01.zip"))) {
      assertTrue(c.jar().toAbsolutePath().normalize().startsWith(staging.toAbsolutePath().normalize()), c.jar()::toString);
      assertTrue(Files.isRegularFile(c.jar(), LinkOption.NOFOLLOW_LINKS), c.jar()::toString);
      assertTrue(Files.size(c.jar()) <= SubmissionJar.MAX_FILE_BYTES, c.jar()::toString);
    }
    try {
      SubmissionJar.read(c);
    } catch (InvalidSubmissionException invalid) {
      assertFalse(invalid.key().isBlank());
    }
  }
}
