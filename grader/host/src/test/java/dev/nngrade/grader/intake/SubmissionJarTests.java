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
      Submission s = SubmissionJar.read(jar("s.jar", entries), "s07");
      assertEquals("s07", s.student(), "the id intake gives counts; the manifest's s42 is only compared by intake");
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
    void withoutAManifestTheGivenIdNamesTheStudent() throws Exception {
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

    @Test
    void aManifestWithAnInvalidHeaderMakesTheJarInvalidNotTheClassFail() throws IOException {
      Map<String, byte[]> e = new LinkedHashMap<>();
      e.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nthis line is no header\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      e.put("dev/nngrade/student/A.class", classFile(69));
      InvalidSubmissionException x = reject(jar("m.jar", e));
      assertEquals("intake.bad-manifest", x.key());
      assertTrue(x.getMessage().contains("invalid header field"), x.getMessage());
      assertEquals(java.util.Optional.empty(), SubmissionJar.peek(dir.resolve("m.jar")).claimed(), "intake's look at it does not fail either");
    }

    @Test
    void aManifestIsCappedBeforeItIsParsed() throws IOException {
      Map<String, byte[]> e = new LinkedHashMap<>();
      e.put("META-INF/MANIFEST.MF", ("Manifest-Version: 1.0\r\nX: " + "y".repeat(70 << 10) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      e.put("dev/nngrade/student/A.class", classFile(69));
      InvalidSubmissionException x = reject(jar("big.jar", e));
      assertEquals("intake.entry-too-big", x.key());
      assertEquals(SubmissionJar.MAX_MANIFEST_BYTES, x.args()[1]);
    }

    @Test
    void aTruncatedJarOrANameThatIsNotUtf8IsInvalid() throws IOException {
      Path whole = jar("whole.jar", Map.of("dev/nngrade/student/A.class", new byte[100_000]));
      byte[] bytes = Files.readAllBytes(whole);
      Path cut = Files.write(dir.resolve("cut.jar"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
      assertTrue(List.of("intake.not-a-jar", "intake.unreadable").contains(reject(cut).key()), reject(cut).getMessage());
      Path named = jar("named.jar", Map.of("dev/nngrade/student/Aé.class", classFile(69)));
      byte[] latin = Files.readAllBytes(named);
      // two lone continuation bytes where the name had é: no UTF-8 decoder accepts them
      String t = new String(latin, StandardCharsets.ISO_8859_1).replace("A\u00c3\u00a9", "A\u00a9\u00a9");
      Path bad = Files.write(dir.resolve("bad-name.jar"), t.getBytes(StandardCharsets.ISO_8859_1));
      InvalidSubmissionException x = reject(bad);
      assertTrue(List.of("intake.not-a-jar", "intake.unreadable").contains(x.key()), x.key() + ": " + x.getMessage());
    }
  }

  /** The plain layout: a folder or a zip at the top names its student, whatever the jars inside are called. */
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
    IntakeReport r = Intake.scan(dir.resolve("subs"), Files.createDirectories(dir.resolve("staging")), Intake.Options.defaults());
    List<Intake.Candidate> found = r.candidates();
    assertEquals(List.of("batch", "group"), found.stream().map(Intake.Candidate::student).toList());
    assertEquals(List.of("batch.zip!/inner/bob.jar", "group/alice.jar"), found.stream().map(Intake.Candidate::source).toList());
    assertTrue(found.get(0).jar().startsWith(dir.resolve("staging")), "unpacked inside the staging folder");
    assertTrue(r.skipped().stream().anyMatch(s -> s.source().equals("batch.zip!/../evil.jar")), r.skipped().toString());
  }
}
