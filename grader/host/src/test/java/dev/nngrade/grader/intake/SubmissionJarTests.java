package dev.nngrade.grader.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionJarTests {
  @TempDir
  Path dir;

  /** A minimal class file header: magic, minor 0, the given major version. */
  static byte[] classFile(int major) {
    return new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, (byte) major, 0, 0, 0, 0};
  }

  Path jar(String name, Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    Path p = dir.resolve(name);
    Files.write(p, bytes.toByteArray());
    return p;
  }

  @Nested
  class Canonicalisation {
    @Test
    void keepsOnlyClassesOfTheStudentPackageAndListsTheRest() throws Exception {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nNngrade-Student: s42\r\nNngrade-Exercise-Set-Version: 0.1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      entries.put("dev/nngrade/student/SoftmaxImpl.class", classFile(69));
      entries.put("META-INF/services/org.junit.platform.engine.TestEngine", "dev.nngrade.student.Evil".getBytes(StandardCharsets.UTF_8));
      entries.put("junit-platform.properties", "junit.jupiter.extensions.autodetection.enabled=true".getBytes(StandardCharsets.UTF_8));
      entries.put("org/junit/jupiter/api/Assertions.class", classFile(69));
      entries.put("META-INF/sources/dev/nngrade/student/SoftmaxImpl.java", "class X {}".getBytes(StandardCharsets.UTF_8));
      Submission s = SubmissionJar.read(jar("s.jar", entries), "fallback");
      assertEquals("s42", s.student());
      assertEquals("0.1.0", s.exerciseSetVersion());
      assertEquals(List.of("dev/nngrade/student/SoftmaxImpl.class"), s.classes());
      assertEquals(List.of("META-INF/services/org.junit.platform.engine.TestEngine", "junit-platform.properties", "org/junit/jupiter/api/Assertions.class"), s.dropped());
      try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(s.canonicalJar()))) {
        ZipEntry e = zip.getNextEntry();
        assertEquals("dev/nngrade/student/SoftmaxImpl.class", e.getName());
        assertArrayEquals(classFile(69), zip.readAllBytes());
        assertEquals(null, zip.getNextEntry());
      }
    }

    @Test
    void theSameClassesGiveTheSameCanonicalBytes() throws Exception {
      Map<String, byte[]> a = new LinkedHashMap<>();
      a.put("dev/nngrade/student/B.class", classFile(65));
      a.put("dev/nngrade/student/A.class", classFile(69));
      Map<String, byte[]> b = new LinkedHashMap<>();
      b.put("readme.txt", new byte[] {1});
      b.put("dev/nngrade/student/A.class", classFile(69));
      b.put("dev/nngrade/student/B.class", classFile(65));
      assertArrayEquals(SubmissionJar.read(jar("a.jar", a), "a").canonicalJar(), SubmissionJar.read(jar("b.jar", b), "b").canonicalJar());
    }

    @Test
    void withoutAManifestTheFileNameNamesTheStudent() throws Exception {
      Submission s = SubmissionJar.read(jar("x.jar", Map.of("dev/nngrade/student/A.class", classFile(69))), "from-file");
      assertEquals("from-file", s.student());
    }
  }

  @Nested
  class SubmissionTime {
    @Test
    void aSidecarGivesTheTime() throws Exception {
      Path p = jar("t.jar", Map.of("dev/nngrade/student/A.class", classFile(69)));
      Files.writeString(dir.resolve("t.jar.submitted"), "2026-12-01T14:59:00Z\n");
      Submission s = SubmissionJar.read(p, "t");
      assertEquals(java.util.Optional.of(java.time.Instant.parse("2026-12-01T14:59:00Z")), s.submittedAt());
      assertEquals(List.of(), s.warnings());
    }

    @Test
    void aMalformedTimeIsTheInstructorsWarningAndTheJarIsStillGraded() throws Exception {
      // the LMS or the instructor writes the sidecar; the student must not lose the submission over it
      Path p = jar("late.jar", Map.of("dev/nngrade/student/A.class", classFile(69)));
      Files.writeString(dir.resolve("late.jar.submitted"), "2026-12-01 14:59 JST\n");
      Submission s = SubmissionJar.read(p, "late");
      assertEquals(java.util.Optional.empty(), s.submittedAt());
      assertEquals(List.of("dev/nngrade/student/A.class"), s.classes());
      assertEquals(List.of(dir.resolve("late.jar.submitted") + ": expected an ISO-8601 instant such as 2026-12-01T14:59:00Z, found '2026-12-01 14:59 JST';"
          + " graded as if no submission time were given"), s.warnings());
    }

    @Test
    void aSidecarThatIsNotTextIsAWarningToo() throws Exception {
      Path p = jar("b.jar", Map.of("dev/nngrade/student/A.class", classFile(69)));
      Files.write(dir.resolve("b.jar.submitted"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x32});
      Submission s = SubmissionJar.read(p, "b");
      assertEquals(java.util.Optional.empty(), s.submittedAt());
      assertEquals(1, s.warnings().size(), s.warnings().toString());
      assertTrue(s.warnings().get(0).endsWith("found a file that cannot be read as UTF-8 text; graded as if no submission time were given"), s.warnings().get(0));
    }
  }

  @Nested
  class Rejection {
    InvalidSubmissionException reject(Path p) {
      return assertThrows(InvalidSubmissionException.class, () -> SubmissionJar.read(p, "x"));
    }

    @Test
    void notAJar() throws IOException {
      Path p = dir.resolve("text.jar");
      Files.writeString(p, "this is not a jar");
      assertEquals("intake.not-a-jar", reject(p).key());
    }

    @Test
    void anEmptyFile() throws IOException {
      Path p = dir.resolve("empty.jar");
      Files.write(p, new byte[0]);
      assertEquals("intake.empty", reject(p).key());
    }

    @Test
    void pathTraversalAndAbsoluteNames() throws IOException {
      assertEquals("intake.bad-name", reject(jar("t.jar", Map.of("../../etc/x.class", classFile(69)))).key());
      assertEquals("intake.bad-name", reject(jar("u.jar", Map.of("/etc/x.class", classFile(69)))).key());
      assertEquals("intake.bad-name", reject(jar("v.jar", Map.of("dev\\nngrade\\student\\A.class", classFile(69)))).key());
    }

    @Test
    void duplicateEntries() throws IOException {
      Map<String, byte[]> e = new LinkedHashMap<>();
      e.put("dev/nngrade/student/A.class", classFile(69));
      e.put("dev/nngrade/student/B.class", classFile(69));
      Path p = jar("dup.jar", e);
      // rename B to A in the local header and the central directory: a jar with the same entry twice
      byte[] bytes = Files.readAllBytes(p);
      String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("student/B.class", "student/A.class");
      Files.write(p, latin.getBytes(StandardCharsets.ISO_8859_1));
      InvalidSubmissionException x = reject(p);
      assertEquals("intake.duplicate", x.key(), x.getMessage());
    }

    @Test
    void aZipBombIsStoppedAtTheEntryCap() throws IOException {
      // 8 MiB of zeros compress to a few kilobytes
      Path p = jar("bomb.jar", Map.of("dev/nngrade/student/A.class", new byte[8 << 20]));
      assertTrue(Files.size(p) < 64 << 10, "the bomb is small: " + Files.size(p));
      assertEquals("intake.entry-too-big", reject(p).key());
    }

    @Test
    void classesForANewerJavaAreNamedWithTheVersion() throws IOException {
      InvalidSubmissionException e = reject(jar("new.jar", Map.of("dev/nngrade/student/A.class", classFile(70))));
      assertEquals("intake.class-version", e.key());
      assertEquals("dev/nngrade/student/A.class was compiled for class-file version 70 (Java 26); the grader runs Java 25",
          e.getMessage().substring(e.getMessage().indexOf("dev/nngrade")));
    }

    @Test
    void aClassFileWithoutTheMagicNumber() throws IOException {
      assertEquals("intake.bad-class", reject(jar("m.jar", Map.of("dev/nngrade/student/A.class", "not a class".getBytes(StandardCharsets.UTF_8)))).key());
    }

    @Test
    void aJarWithoutStudentClasses() throws IOException {
      assertEquals("intake.no-classes", reject(jar("n.jar", Map.of("org/other/A.class", classFile(69)))).key());
    }
  }

  @Test
  void scanFindsJarsInFoldersAndInsideZips() throws IOException {
    Path subs = Files.createDirectories(dir.resolve("subs/group"));
    jar("subs/group/alice.jar", Map.of("dev/nngrade/student/A.class", classFile(69)));
    ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
      zip.putNextEntry(new ZipEntry("inner/bob.jar"));
      zip.write(Files.readAllBytes(subs.resolve("alice.jar")));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("../evil.jar"));
      zip.write(1);
      zip.closeEntry();
    }
    Files.write(dir.resolve("subs/batch.zip"), zipBytes.toByteArray());
    List<Intake.Candidate> found = Intake.scan(dir.resolve("subs"), Files.createDirectories(dir.resolve("staging")));
    assertEquals(List.of("bob", "alice"), found.stream().map(Intake.Candidate::fallbackStudent).toList());
    assertTrue(found.get(0).jar().startsWith(dir.resolve("staging")), "unpacked inside the staging folder");
  }
}
