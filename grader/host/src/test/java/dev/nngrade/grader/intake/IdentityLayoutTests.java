package dev.nngrade.grader.intake;

import static dev.nngrade.grader.intake.Fixtures.studentJar;
import static dev.nngrade.grader.intake.Fixtures.write;
import static dev.nngrade.grader.intake.Fixtures.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.intake.IntakeReport.Flag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each layout's names, as the LMS writes them, and {@code auto} telling them apart. */
class IdentityLayoutTests {
  @TempDir
  Path dir;

  Path subs() {
    return dir.resolve("subs");
  }

  IntakeReport scan(IdentityLayout layout) throws IOException {
    return Intake.scan(subs(), dir.resolve("staging"), Intake.Options.defaults().withLayout(layout));
  }

  static List<String> students(IntakeReport r) {
    return r.candidates().stream().map(Intake.Candidate::student).toList();
  }

  static boolean skippedWith(IntakeReport r, String sourcePart, String reasonPart) {
    return r.skipped().stream().anyMatch(s -> s.source().contains(sourcePart) && s.reason().contains(reasonPart));
  }

  @Nested
  class Plain {
    @Test
    void aFileOrAFolderNamesTheStudentAndTheKitsPrefixIsDropped() throws IOException {
      write(subs().resolve("s01.jar"), studentJar("s01", "a"));
      write(subs().resolve("submission-s02.jar"), studentJar("s02", "b"));
      write(subs().resolve("s03/build/lab.zip"), zip(Map.of("target/submission-s03.jar", studentJar("s03", "c"))));
      write(subs().resolve("notes.txt"), "x".getBytes(StandardCharsets.UTF_8));
      IntakeReport r = scan(IdentityLayout.PLAIN);
      assertEquals(List.of("s01", "s03", "s02"), students(r), "in the order of their paths");
      assertEquals("s03/build/lab.zip!/target/submission-s03.jar", r.candidates().get(1).source());
      assertTrue(skippedWith(r, "notes.txt", "not a jar or zip"), r.skipped().toString());
      assertTrue(r.flags().isEmpty(), r.flags().toString());
    }

    @Test
    void originalIdsAreKeptForDisplayAndMadeSafeForFolders() throws IOException {
      write(subs().resolve("田中 太郎/submission.jar"), studentJar(null, "a"));
      write(subs().resolve("..x.jar"), studentJar(null, "b"));
      IntakeReport r = scan(IdentityLayout.PLAIN);
      Intake.Candidate tanaka = r.candidates().stream().filter(c -> c.student().equals("田中 太郎")).findFirst().orElseThrow();
      assertEquals("_____", tanaka.safeId());
      assertTrue(skippedWith(r, "..x.jar", "hidden"), "a name starting with a dot is hidden: " + r.skipped());
      assertEquals("a".repeat(55) + "-" + StudentIds.sha256("a".repeat(70)).substring(0, 8), StudentIds.safe("a".repeat(70)));
      assertEquals(StudentIds.MAX_SAFE, StudentIds.safe("a".repeat(70)).length());
      assertEquals("_.hidden", StudentIds.safe(".hidden"));
      assertEquals("a\ufffdb", StudentIds.display("a\nb"));
    }
  }

  @Nested
  class Moodle {
    @Test
    void foldersFlatFilesAndBothFolderSpellingsGiveTheParticipantId() throws IOException {
      write(subs().resolve("Aiko Tanaka_104211_assignsubmission_file/submission-s01.jar"), studentJar("s01", "a"));
      write(subs().resolve("Ben Ito_104212_assignsubmission_file_/lab2/submission.zip"), zip(Map.of("submission.jar", studentJar("s02", "b"))));
      write(subs().resolve("Chika Mori_104213_assignsubmission_file_lab2.jar"), studentJar("s03", "c"));
      write(subs().resolve("Participant_104214_assignsubmission_file/x.jar"), studentJar(null, "d"));
      write(subs().resolve("Aiko Tanaka_104211_assignsubmission_onlinetext/onlinetext.html"), "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
      write(subs().resolve("Default group_assignsubmission_file/team.jar"), studentJar(null, "e"));
      IntakeReport r = scan(IdentityLayout.MOODLE);
      assertEquals(List.of("104211", "104212", "104213", "104214"), students(r));
      assertTrue(skippedWith(r, "onlinetext.html", "not a jar or zip"), r.skipped().toString());
      assertTrue(r.skipped().stream().anyMatch(s -> "104211".equals(s.student()) && s.source().endsWith("onlinetext.html")), "the text is listed as the student's");
      assertTrue(skippedWith(r, "Default group", "without a participant or group id"), r.skipped().toString());
    }

    @Test
    void twoUploadsBothNamedSubmissionZipAreTwoStudentsWithTwoStagingFolders() throws IOException {
      byte[] aikos = studentJar("s01", "aiko's");
      byte[] bens = studentJar("s02", "ben's");
      write(subs().resolve("Aiko Tanaka_104211_assignsubmission_file/submission.zip"), zip(Map.of("submission.jar", aikos)));
      write(subs().resolve("Ben Ito_104212_assignsubmission_file/submission.zip"), zip(Map.of("submission.jar", bens)));
      IntakeReport r = scan(IdentityLayout.MOODLE);
      assertEquals(List.of("104211", "104212"), students(r));
      Path a = r.candidates().get(0).jar();
      Path b = r.candidates().get(1).jar();
      assertTrue(!a.equals(b) && !a.getParent().getParent().equals(b.getParent().getParent()), a + " " + b);
      assertEquals("submission.jar", a.getFileName().toString(), "the staged jar keeps its name");
      assertArrayEquals(aikos, Files.readAllBytes(a));
      assertArrayEquals(bens, Files.readAllBytes(b));
    }
  }

  @Nested
  class Canvas {
    @Test
    void namesLateMarksAnonymousIdsAndTextEntries() throws IOException {
      write(subs().resolve("tanakaaiko_48213_9120044_submission-s01.jar"), studentJar("s01", "a"));
      write(subs().resolve("itoben_LATE_48214_9120391_lab2.zip"), zip(Map.of("lab2/submission.jar", studentJar("s02", "b"))));
      write(subs().resolve("LATE_anon_x7Kq2_9120500_submission.jar"), studentJar(null, "c"));
      write(subs().resolve("moorichika_48215_text.html"), "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
      IntakeReport r = scan(IdentityLayout.CANVAS);
      assertEquals(List.of("anon_x7Kq2", "48214", "48213"), students(r), "ordered by source");
      List<String> late = r.flags().stream().filter(f -> f.kind() == Flag.Kind.MARKED_LATE).map(Flag::student).toList();
      assertEquals(List.of("48214", "anon_x7Kq2"), late.stream().sorted().toList());
      assertTrue(r.skipped().stream().anyMatch(s -> "48215".equals(s.student()) && s.reason().contains("text entry")), r.skipped().toString());
    }

    @Test
    void aResubmissionWithTheSameTimeIsOrderedByCanvassAttachmentId() throws IOException {
      Instant same = Instant.parse("2026-12-01T05:00:00Z");
      write(subs().resolve("tanakaaiko_48213_9120044_submission.jar"), studentJar("s01", "first"), same);
      write(subs().resolve("tanakaaiko_48213_9120871_submission-1.jar"), studentJar("s01", "second"), same);
      IntakeReport r = scan(IdentityLayout.CANVAS);
      assertEquals(1, r.candidates().size());
      assertEquals("tanakaaiko_48213_9120871_submission-1.jar", r.candidates().get(0).source());
      assertEquals(1, r.superseded().size());
      assertEquals("tanakaaiko_48213_9120044_submission.jar", r.superseded().get(0).source());
    }

    @Test
    void anOnTimeSubmissionBeatsALaterOneTheLmsMarksLate() throws IOException {
      write(subs().resolve("itoben_48214_9120001_a.jar"), studentJar(null, "on time"), Instant.parse("2026-12-01T01:00:00Z"));
      write(subs().resolve("itoben_LATE_48214_9120002_b.jar"), studentJar(null, "late"), Instant.parse("2026-12-02T01:00:00Z"));
      IntakeReport r = scan(IdentityLayout.CANVAS);
      assertEquals("itoben_48214_9120001_a.jar", r.candidates().get(0).source());
      assertTrue(r.superseded().get(0).reason().startsWith("late; superseded by itoben_48214_9120001_a.jar"), r.superseded().toString());
    }
  }

  @Nested
  class Gradescope {
    static final String METADATA = """
        ---
        submission_254331101:
          :submitters:
          - :name: Aiko Tanaka
            :sid: '2026001'
            :email: aiko@example.edu
          :created_at: 2026-12-01 14:59:00.123456000 +0900
          :score: 10.0
          :results:
            tests:
            - name: softmax
              score: 10.0
          :history:
          - :id: 254330000
            :created_at: 2026-11-30 10:00:00.000000000 +0900
            :score: 0.0
        submission_254331187:
          :submitters:
          - :name: Ben Ito
            :sid: ''
            :email: ben@example.edu
          - :name: Chika Mori
            :sid: 2026003
            :email: chika@example.edu
          :created_at: 2026-12-01 15:30:00.000000000 +0900
        submission_254331999:
          :submitters:
          - :name: Dana Sato
            :sid: '2026004'
            :email: dana@example.edu
          :created_at: 2026-12-01 16:00:00.000000000 +0900
        """;

    @Test
    void theMetadataNamesTheSubmittersAndGivesTheTime() throws Exception {
      Path export = subs().resolve("assignment_7001_export");
      write(export.resolve("submission_metadata.yml"), METADATA.getBytes(StandardCharsets.UTF_8));
      write(export.resolve("submission_254331101/submission-s01.jar"), studentJar("s01", "a"));
      write(export.resolve("submission_254331187/lab2.zip"), zip(Map.of("submission.jar", studentJar("s02", "b"))));
      write(export.resolve("submission_999/x.jar"), studentJar(null, "c"));
      IntakeReport r = Intake.scan(export, dir.resolve("staging"), Intake.Options.defaults().withLayout(IdentityLayout.GRADESCOPE));
      assertEquals(List.of("2026001", "2026003", "ben@example.edu"), students(r), "by source, then id");
      assertEquals(Instant.parse("2026-12-01T05:59:00.123456Z"), r.candidates().get(0).lmsTime().orElseThrow());
      assertEquals(List.of("ben@example.edu", "2026003"), r.flags().stream().filter(f -> f.kind() == Flag.Kind.GROUP).map(Flag::student).toList());
      assertTrue(skippedWith(r, "submission_999", "does not list"), r.skipped().toString());
      assertTrue(r.flags().stream().anyMatch(f -> f.kind() == Flag.Kind.METADATA && f.message().contains("submission_254331999")), r.flags().toString());
      Submission s = SubmissionJar.read(r.candidates().get(0));
      assertEquals(Instant.parse("2026-12-01T05:59:00.123456Z"), s.submittedAt().orElseThrow(), "Gradescope's time counts for the late penalty");
    }

    @Test
    void metadataThatIsNotGradescopesIsTheInstructorsErrorWithTheLine() throws IOException {
      write(subs().resolve("submission_metadata.yml"), "submission_1:\n  :submitters:\n  - just a string\n".getBytes(StandardCharsets.UTF_8));
      write(subs().resolve("submission_1/x.jar"), studentJar(null, "a"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scan(IdentityLayout.GRADESCOPE));
      assertTrue(e.getMessage().contains("submission_metadata.yml:3: expected each of :submitters: to be a mapping"), e.getMessage());
    }

    @Test
    void timesInRubysAndIsoForm() {
      assertEquals(Instant.parse("2026-12-01T05:59:00Z"), GradescopeMetadata.time("2026-12-01 14:59:00.000000000 +0900").orElseThrow());
      assertEquals(Instant.parse("2026-12-01T05:59:00Z"), GradescopeMetadata.time("2026-12-01T14:59:00+09:00").orElseThrow());
      assertTrue(GradescopeMetadata.time("yesterday").isEmpty());
    }
  }

  @Nested
  class Auto {
    IntakeReport auto() throws IOException {
      return scan(IdentityLayout.AUTO);
    }

    @Test
    void recognisesPlain() throws IOException {
      write(subs().resolve("s01.jar"), studentJar(null, "a"));
      write(subs().resolve("s02/x.jar"), studentJar(null, "b"));
      IntakeReport r = auto();
      assertEquals("plain", r.layout());
      assertTrue(r.layoutReason().startsWith("auto:"), r.layoutReason());
    }

    @Test
    void recognisesMoodle() throws IOException {
      write(subs().resolve("Aiko Tanaka_104211_assignsubmission_file/x.jar"), studentJar(null, "a"));
      write(subs().resolve("Ben Ito_104212_assignsubmission_file/x.jar"), studentJar(null, "b"));
      IntakeReport r = auto();
      assertEquals("moodle", r.layout());
      assertEquals("auto: all 2 entries have moodle names", r.layoutReason());
    }

    @Test
    void recognisesCanvas() throws IOException {
      write(subs().resolve("tanakaaiko_48213_9120044_x.jar"), studentJar(null, "a"));
      write(subs().resolve("tanakaaiko_48213_9120044_x.jar.submitted"), "2026-12-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
      write(subs().resolve("itoben_48214_text.html"), "t".getBytes(StandardCharsets.UTF_8));
      assertEquals("canvas", auto().layout());
    }

    @Test
    void recognisesGradescopeInsideTheFolderItsZipUnpacksTo() throws IOException {
      Path export = subs().resolve("assignment_7001_export");
      write(export.resolve("submission_metadata.yml"), Gradescope.METADATA.getBytes(StandardCharsets.UTF_8));
      write(export.resolve("submission_254331101/x.jar"), studentJar(null, "a"));
      IntakeReport r = auto();
      assertEquals("gradescope", r.layout());
      assertEquals("auto: submission_metadata.yml in assignment_7001_export/ is there", r.layoutReason());
      assertEquals(List.of("2026001"), students(r));
    }

    @Test
    void refusesAFolderWhereOnlySomeEntriesHaveAnLmssNames() throws IOException {
      write(subs().resolve("Aiko Tanaka_104211_assignsubmission_file/x.jar"), studentJar(null, "a"));
      write(subs().resolve("s02.jar"), studentJar(null, "b"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, this::auto);
      assertTrue(e.getMessage().contains("moodle (1 of 2 entries have Moodle names"), e.getMessage());
      assertTrue(e.getMessage().contains("plain (1 entries do not have moodle names, e.g. 's02.jar')"), e.getMessage());
      assertTrue(e.getMessage().contains("--layout (plain, moodle, canvas, gradescope, auto)"), e.getMessage());
    }

    @Test
    void refusesAFolderWithTwoLmssNames() throws IOException {
      write(subs().resolve("Aiko Tanaka_104211_assignsubmission_file/x.jar"), studentJar(null, "a"));
      write(subs().resolve("itoben_48214_9120001_a.jar"), studentJar(null, "b"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, this::auto);
      assertTrue(e.getMessage().contains("it could be moodle") && e.getMessage().contains(", or canvas"), e.getMessage());
    }

    @Test
    void unknownNamesAreUsageErrorsListingTheKnownOnes() {
      assertEquals("unknown layout 'blackboard': expected one of plain, moodle, canvas, gradescope, auto",
          assertThrows(IllegalArgumentException.class, () -> IdentityLayout.parse("blackboard")).getMessage());
      assertEquals(IdentityLayout.MOODLE, IdentityLayout.parse(" Moodle "));
      assertEquals(SelectionPolicy.ALL_LISTED, SelectionPolicy.parse("all-listed"));
    }
  }
}
