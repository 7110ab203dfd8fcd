package dev.nngrade.grader.intake;

import static dev.nngrade.grader.intake.Fixtures.bomb;
import static dev.nngrade.grader.intake.Fixtures.studentJar;
import static dev.nngrade.grader.intake.Fixtures.write;
import static dev.nngrade.grader.intake.Fixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.grading.Grader;
import dev.nngrade.grader.intake.IntakeReport.Flag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity never from inside the jar, archives never lost, merged or flooded, and one grade per student. */
class IntakeTests {
  @TempDir
  Path dir;

  Path subs() {
    return dir.resolve("subs");
  }

  IntakeReport scan(Intake.Options o) throws IOException {
    return Intake.scan(subs(), dir.resolve("staging"), o);
  }

  IntakeReport scan() throws IOException {
    return scan(Intake.Options.defaults());
  }

  static List<String> students(IntakeReport r) {
    return r.candidates().stream().map(Intake.Candidate::student).toList();
  }

  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    rt.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  @Nested
  class Identity {
    @Test
    void thirtyTwoCopiesOfOneJarAreThirtyTwoStudentsWithTheirOwnFolders() throws Exception {
      byte[] aiko = studentJar("aiko", "demo");
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= 32; i++) {
        String id = String.format(java.util.Locale.ROOT, "s%02d", i);
        write(subs().resolve(id + ".jar"), aiko);
        expected.add(id);
      }
      IntakeReport r = scan();
      assertEquals(expected, students(r));
      List<String> dirs = Grader.directoryNames(r.candidates());
      assertEquals(expected, dirs, "every report is reachable under its own folder");
      assertEquals(32, r.flags().stream().filter(f -> f.kind() == Flag.Kind.MANIFEST_MISMATCH && f.message().startsWith("jar claims to be aiko")).count());
      assertFalse(r.needsReview(), "aiko is no student of this class: a mismatch to note, not a claim on a classmate");
      for (Intake.Candidate c : r.candidates()) {
        assertEquals(c.student(), SubmissionJar.read(c).student(), "the manifest never decides the id");
      }
    }

    @Test
    void aJarClaimingAClassmatesIdIsFlaggedForReviewAndGradedAsItsOwnStudent() throws IOException {
      write(subs().resolve("s01.jar"), studentJar("s01", "own"));
      write(subs().resolve("s02.jar"), studentJar("s01", "copied"));
      write(subs().resolve("s03.jar"), studentJar("unnamed", "forgot -Dstudent"));
      IntakeReport r = scan();
      assertEquals(List.of("s01", "s02", "s03"), students(r));
      assertEquals(1, r.flags().size(), r.flags().toString());
      Flag f = r.flags().get(0);
      assertEquals(Flag.Kind.CLAIMS_CLASSMATE, f.kind());
      assertEquals("s02", f.student());
      assertEquals("jar claims to be s01, another student of this class; graded as s02", f.message());
      assertTrue(r.needsReview());
    }

    @Test
    void theDailyLimitsIdentityIsTheLayoutsId() throws Exception {
      write(subs().resolve("s02.jar"), studentJar("s01", "copied"));
      Intake.Candidate c = scan().candidates().get(0);
      assertEquals("s02", SubmissionJar.read(c).student());
    }
  }

  @Nested
  class Archives {
    @Test
    void aZipHoldingOnlyZipsIsUnpackedNotCalledEmpty() throws IOException {
      byte[] inner = zip(Map.of("build/submission.jar", studentJar(null, "x")));
      write(subs().resolve("s01.zip"), zip(Map.of("a.zip", inner)));
      IntakeReport r = scan();
      assertEquals(List.of("s01"), students(r));
      assertEquals("s01.zip!/a.zip!/build/submission.jar", r.candidates().get(0).source());
    }

    @Test
    void aZipNestedFourDeepIsListedAndNotOpened() throws IOException {
      byte[] level4 = zip(Map.of("deep.jar", studentJar(null, "4")));
      byte[] level3 = zip(Map.of("level4.zip", level4, "three.jar", studentJar(null, "3")));
      byte[] level2 = zip(Map.of("level3.zip", level3));
      write(subs().resolve("s01.zip"), zip(Map.of("level2.zip", level2)));
      IntakeReport r = scan();
      assertEquals(List.of("s01.zip!/level2.zip!/level3.zip!/three.jar"), r.candidates().stream().map(Intake.Candidate::source).toList());
      assertTrue(r.skipped().stream().anyMatch(s -> s.source().equals("s01.zip!/level2.zip!/level3.zip!/level4.zip") && s.reason().contains("nested deeper than 3")),
          r.skipped().toString());
    }

    @Test
    void aZipBombIsStoppedAtTheArchiveCapWhileStreaming() throws IOException {
      Path b = bomb(subs().resolve("s01.zip"), 200, 1);
      assertTrue(Files.size(b) < 1 << 20, "200 MiB in a small file: " + Files.size(b));
      Intake.Limits noRatio = new Intake.Limits(3, 8L << 20, 512L << 20, 2L << 30, 10_000, Long.MAX_VALUE, 100);
      dev.nngrade.grader.intake.Archives a = new dev.nngrade.grader.intake.Archives(noRatio, Files.createDirectories(dir.resolve("staging")));
      List<IntakeReport.Skipped> skipped = new ArrayList<>();
      long before = usedHeap();
      dev.nngrade.grader.intake.Archives.Unpacked u = a.unpack(b, "s01.zip", "s01", skipped);
      long grew = usedHeap() - before;
      assertEquals("intake.archive-too-big", u.rejected().orElseThrow().key());
      assertTrue(a.classUsed() <= (8L << 20) + (64 << 10), "stopped within one buffer of the cap: " + a.classUsed());
      assertTrue(grew < 32L << 20, "memory stays bounded (heap grew by " + grew + " bytes)");
      assertEquals("s01.zip", skipped.get(skipped.size() - 1).source());
      try (Stream<Path> left = Files.walk(dir.resolve("staging"))) {
        assertEquals(1, left.count(), "nothing staged is left behind");
      }
    }

    @Test
    void aZipBombIsStoppedByItsExpansionRatioAndTheStudentIsToldWhy() throws Exception {
      bomb(subs().resolve("s01.zip"), 200, 1);
      write(subs().resolve("s02.jar"), studentJar(null, "fine"));
      IntakeReport r = scan();
      assertEquals(List.of("s01", "s02"), students(r), "the bomb's student keeps a row, the class goes on");
      Intake.Candidate bombed = r.candidates().get(0);
      assertEquals("intake.archive-ratio", bombed.rejected().orElseThrow().key());
      InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> SubmissionJar.read(bombed));
      assertEquals("intake.archive-ratio", e.key());
      assertTrue(r.skipped().stream().anyMatch(s -> s.source().equals("s01.zip") && s.reason().startsWith("the archive expands more than 100 times")), r.skipped().toString());
    }

    @Test
    void theClassCapStopsUnpackingAndSaysSo() throws IOException {
      java.util.Random random = new java.util.Random(7);
      for (String s : List.of("s01", "s02", "s03")) {
        byte[] noise = new byte[40_000];
        random.nextBytes(noise);
        write(subs().resolve(s + ".zip"), zip(Map.of("submission.jar", zip(Map.of("dev/nngrade/student/A.class", Fixtures.classFile(69), "data.bin", noise)))));
      }
      // two jars of about 40 kB fit, the third does not
      Intake.Limits small = new Intake.Limits(3, 64L << 20, 512L << 20, 100_000, 10_000, 100, 100);
      IntakeReport r = scan(Intake.Options.defaults().withLimits(small));
      assertEquals(3, r.candidates().size());
      assertEquals("intake.class-cap", r.candidates().get(2).rejected().orElseThrow().key(), r.candidates().toString());
      assertTrue(r.candidates().get(0).rejected().isEmpty());
    }

    @Test
    void unsafeNamesMacMetadataAndOtherFilesAreListedNeverUsed() throws IOException {
      Map<String, byte[]> e = new LinkedHashMap<>();
      e.put("../evil.jar", studentJar(null, "evil"));
      e.put("C:/windows/evil.jar", studentJar(null, "evil"));
      e.put("__MACOSX/._submission.jar", new byte[] {1});
      e.put("src/Main.java", "class Main {}".getBytes(StandardCharsets.UTF_8));
      e.put("submission.jar", studentJar(null, "good"));
      write(subs().resolve("s01.zip"), zip(e));
      IntakeReport r = scan();
      assertEquals(List.of("s01.zip!/submission.jar"), r.candidates().stream().map(Intake.Candidate::source).toList());
      assertTrue(r.skipped().stream().anyMatch(s -> s.source().equals("s01.zip!/../evil.jar") && s.reason().startsWith("an unsafe entry name")), r.skipped().toString());
      assertTrue(r.skipped().stream().anyMatch(s -> s.source().equals("s01.zip!/C:/windows/evil.jar") && s.reason().startsWith("an unsafe entry name")));
      assertTrue(r.skipped().stream().anyMatch(s -> s.source().endsWith("._submission.jar") && s.reason().contains("hidden")));
      assertTrue(r.skipped().stream().anyMatch(s -> s.source().endsWith("src/Main.java") && "s01".equals(s.student()) && s.reason().equals("not a jar or zip")));
      try (Stream<Path> staged = Files.walk(dir.resolve("staging"))) {
        assertTrue(staged.allMatch(p -> p.startsWith(dir.resolve("staging"))));
      }
      assertFalse(Files.exists(dir.resolve("evil.jar")));
    }

    @Test
    void aStudentWhoseFilesHoldNoJarIsGradedInvalidWithTheReason() throws Exception {
      write(subs().resolve("s01/report.pdf"), new byte[] {1, 2, 3});
      write(subs().resolve("s01/sources.zip"), zip(Map.of("Main.java", "class Main {}".getBytes(StandardCharsets.UTF_8))));
      IntakeReport r = scan();
      assertEquals(List.of("s01"), students(r));
      InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> SubmissionJar.read(r.candidates().get(0)));
      assertEquals("intake.no-jar", e.key());
      assertEquals(List.of("report.pdf, sources.zip"), List.of(e.args()));
    }

    @Test
    void anLmsDownloadLeftZippedIsFlaggedForReview() throws IOException {
      Map<String, byte[]> download = new LinkedHashMap<>();
      download.put("Aiko Tanaka_104211_assignsubmission_file/submission.jar", studentJar(null, "a"));
      download.put("Ben Ito_104212_assignsubmission_file/submission.jar", studentJar(null, "b"));
      write(subs().resolve("COURSE-Lab 2-submissions.zip"), zip(download));
      IntakeReport r = scan();
      assertEquals(List.of("COURSE-Lab 2-submissions"), students(r));
      Flag f = r.flags().stream().filter(x -> x.kind() == Flag.Kind.LMS_DOWNLOAD).findFirst().orElseThrow();
      assertTrue(f.message().startsWith("looks like a moodle download of the whole class"), f.message());
      assertTrue(r.needsReview());
    }

    @Test
    void aZipThatIsNotAZipIsInvalidNotFatal() throws IOException {
      write(subs().resolve("s01.zip"), "PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1));
      IntakeReport r = scan();
      assertEquals("intake.archive-unreadable", r.candidates().get(0).rejected().orElseThrow().key());
    }

    @Test
    void aWindowsZipWithNamesInShiftJisIsStillRead() throws IOException {
      // names in the code page and no UTF-8 flag: what Explorer's "Send to compressed folder" writes on a Japanese Windows
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes, java.nio.charset.Charset.forName("Shift_JIS"))) {
        z.putNextEntry(new java.util.zip.ZipEntry("課題/submission.jar"));
        z.write(studentJar(null, "sjis"));
        z.closeEntry();
      }
      write(subs().resolve("s01.zip"), bytes.toByteArray());
      IntakeReport r = scan();
      assertTrue(r.candidates().get(0).rejected().isEmpty(), r.candidates().toString());
      assertEquals("s01.zip!/課題/submission.jar", r.candidates().get(0).source(), "read as Windows-31J");
    }
  }

  @Nested
  class Policy {
    Instant deadline = Instant.parse("2026-12-01T15:00:00Z");

    void threeSubmissions() throws IOException {
      write(subs().resolve("s01/first.jar"), studentJar(null, "1"), Instant.parse("2026-12-01T10:00:00Z"));
      write(subs().resolve("s01/second.zip"), zip(Map.of("submission.jar", studentJar(null, "2"))), Instant.parse("2026-12-01T14:00:00Z"));
      write(subs().resolve("s01/third.jar"), studentJar(null, "3"), Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void theLatestOnTimeCountsAndTheOthersAreListed() throws IOException {
      threeSubmissions();
      IntakeReport r = scan(Intake.Options.defaults().withDeadline(java.util.Optional.of(deadline)));
      assertEquals(List.of("s01/second.zip!/submission.jar"), r.candidates().stream().map(Intake.Candidate::source).toList());
      assertEquals("latest-on-time-else-latest", r.policy());
      assertEquals(2, r.superseded().size());
      assertTrue(r.superseded().stream().anyMatch(s -> s.source().equals("s01/third.jar") && s.reason().startsWith("late; superseded by s01/second.zip!/submission.jar")),
          r.superseded().toString());
    }

    @Test
    void withoutASubmissionOnTimeTheLatestCounts() throws IOException {
      threeSubmissions();
      IntakeReport r = scan(Intake.Options.defaults().withDeadline(java.util.Optional.of(Instant.parse("2026-11-30T00:00:00Z"))));
      assertEquals("s01/third.jar", r.candidates().get(0).source());
      assertTrue(r.superseded().get(0).reason().endsWith("no submission was on time, so the latest counts (policy latest-on-time-else-latest)"));
    }

    @Test
    void aSidecarBeatsTheFilesOwnTime() throws IOException {
      threeSubmissions();
      write(subs().resolve("s01/first.jar.submitted"), "2026-12-01T14:30:00Z\n".getBytes(StandardCharsets.UTF_8));
      IntakeReport r = scan(Intake.Options.defaults().withDeadline(java.util.Optional.of(deadline)));
      assertEquals("s01/first.jar", r.candidates().get(0).source());
    }

    @Test
    void latestIgnoresTheDeadlineAndAllListedGradesEveryOne() throws IOException {
      threeSubmissions();
      IntakeReport latest = scan(Intake.Options.defaults().withPolicy(SelectionPolicy.LATEST).withDeadline(java.util.Optional.of(deadline)));
      assertEquals("s01/third.jar", latest.candidates().get(0).source());
      IntakeReport all = scan(Intake.Options.defaults().withPolicy(SelectionPolicy.ALL_LISTED));
      assertEquals(List.of("s01", "s01", "s01"), students(all));
      assertTrue(all.superseded().isEmpty());
      assertEquals(List.of("s01", "s01-2", "s01-3"), Grader.directoryNames(all.candidates()));
    }

    @Test
    void ofOneZipsJarsTheOneWithStudentClassesCounts() throws IOException {
      Map<String, byte[]> project = new LinkedHashMap<>();
      project.put("target/submission-s01.jar", studentJar("s01", "mine"));
      project.put(".mvn/wrapper/maven-wrapper.jar", zip(Map.of("org/apache/maven/wrapper/Main.class", Fixtures.classFile(52))));
      write(subs().resolve("s01.zip"), zip(project));
      IntakeReport r = scan();
      assertEquals("s01.zip!/target/submission-s01.jar", r.candidates().get(0).source());
      assertEquals("s01.zip!/.mvn/wrapper/maven-wrapper.jar", r.superseded().get(0).source());
    }

    @Test
    void aJarAndAZipOfTheSameStudentGiveOneGrade() throws IOException {
      write(subs().resolve("s01.jar"), studentJar(null, "jar"), Instant.parse("2026-12-01T10:00:00Z"));
      write(subs().resolve("s01.zip"), zip(Map.of("submission.jar", studentJar(null, "zip"))), Instant.parse("2026-12-01T11:00:00Z"));
      IntakeReport r = scan();
      assertEquals(List.of("s01"), students(r));
      assertEquals("s01.zip!/submission.jar", r.candidates().get(0).source());
      assertEquals(new HashSet<>(List.of("s01.jar")), new HashSet<>(r.superseded().stream().map(IntakeReport.Superseded::source).toList()));
    }
  }

  @Nested
  class Roster {
    @Test
    void idsOffTheRosterAreFlaggedAndRosterStudentsWithoutASubmissionAreMissing() throws IOException {
      write(subs().resolve("s01.jar"), studentJar(null, "a"));
      write(subs().resolve("s99.jar"), studentJar(null, "b"));
      Path roster = write(dir.resolve("roster.csv"), "\uFEFFID,Name,Email,Section\r\ns01,\"Tanaka, Aiko\",aiko@example.edu,A\r\ns02,Ben Ito,ben@example.edu,B\r\n\r\n"
          .getBytes(StandardCharsets.UTF_8));
      IntakeReport r = scan(Intake.Options.defaults().withRoster(roster));
      assertEquals(List.of("s01", "s99"), students(r), "an id off the roster is graded all the same");
      assertEquals(List.of("s99"), r.flags().stream().filter(f -> f.kind() == Flag.Kind.NOT_ON_ROSTER).map(Flag::student).toList());
      assertEquals(1, r.missing().size());
      assertEquals(new dev.nngrade.grader.intake.Roster.Entry("s02", "Ben Ito", "ben@example.edu", 3), r.missing().get(0));
      assertTrue(r.needsReview());
      assertTrue(r.lines().contains("missing: s02 Ben Ito: on the roster, no submission"), r.lines().toString());
    }

    String error(String csv) {
      return assertThrows(dev.nngrade.grader.intake.Roster.RosterException.class, () -> dev.nngrade.grader.intake.Roster.parse("roster.csv", csv)).getMessage();
    }

    @Test
    void aMalformedRosterNamesFileLineAndWhatWasExpected() {
      assertEquals("roster.csv:1: expected a header row with an id column, such as id,name,email; found student,name", error("student,name\ns01,A\n"));
      assertEquals("roster.csv:3: expected 2 fields as in the header, found 3", error("id,name\ns01,A\ns02,B,extra\n"));
      assertEquals("roster.csv:2: a quoted field is not closed; expected a closing \"", error("id,name\ns01,\"A\ns02,B\n"));
      assertEquals("roster.csv:3: id s01 appears again (first on line 2); expected each student once", error("id,name\ns01,A\ns01,B\n"));
      assertEquals("roster.csv:2: the id field is empty; expected the student's id", error("id,name\n,A\n"));
      assertEquals("roster.csv:2: a quote inside an unquoted field; expected the whole field in quotes with the quote doubled (\"\")", error("id,name\ns01,A \"B\"\n"));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
      var r = dev.nngrade.grader.intake.Roster.parse("r.csv", "id,name\ns01,\"Tanaka, \"\"Aiko\"\"\nA\"\ns02,Ben\n");
      assertEquals("Tanaka, \"Aiko\"\nA", r.get("s01").orElseThrow().name());
      assertEquals(4, r.get("s02").orElseThrow().line());
    }
  }
}
