package dev.nngrade.grader.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.intake.CodeReferences;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.scoring.Scorecard;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the instructor is told about each submission, from its scorecard and intake's report. */
class ReviewTests {
  static Scorecard card(String student, Scorecard.Status status, List<String> notes, Scorecard.Integrity integrity, List<String> dropped, String isolation,
      List<Outcome> outcomes) {
    List<Scorecard.TestResult> tests = outcomes.stream().map(o -> new Scorecard.TestResult("t", "Softmax.t", o, 0, 1, null, null, null, null)).toList();
    return new Scorecard(Scorecard.SCHEMA, new Scorecard.AssignmentRef("a", "A"), student, status, 0, 10, 0, null,
        new Scorecard.SubmissionInfo(student + ".jar", "ab", "1", null, 1, dropped), integrity,
        List.of(new Scorecard.ExerciseResult("softmax", "softmax", "002 check test 7, 003", 0, 10, tests)), notes, isolation, "t");
  }

  static List<Review.Kind> kinds(Review r) {
    return r.concerns().stream().map(Review.Concern::kind).toList();
  }

  @Test
  void anHonestGradedSubmissionAsksForNothing() {
    Review r = Review.of(card("aiko", Scorecard.Status.GRADED, List.of(), new Scorecard.Integrity("FAILED", "PASSED", 0, 1, List.of()), null, "full",
        List.of(Outcome.PASSED, Outcome.FAILED)), List.of(), List.of());
    assertTrue(r.isEmpty(), r.toString());
    assertEquals("", r.oneLine());
  }

  @Test
  void eachSignIsNamedWithItsReason() {
    Scorecard.Integrity tried = new Scorecard.Integrity("FAILED", "PASSED", 2, 3,
        List.of(new CodeReferences.Finding(CodeReferences.Kind.ACCESS_CHECKS, List.of("SoftmaxImpl"))));
    Review r = Review.of(card("mallory", Scorecard.Status.GRADED, List.of(), tried, List.of("junit-platform.properties"), "container",
        List.of(Outcome.TIMED_OUT, Outcome.CRASHED, Outcome.CRASHED, Outcome.NOT_RUN)), List.of(), List.of());
    assertEquals(List.of(Review.Kind.RUNS, Review.Kind.REJECTED_EVENTS, Review.Kind.CODE, Review.Kind.DROPPED_ENTRIES, Review.Kind.ISOLATION), kinds(r));
    assertEquals("1 test timed out, 2 tests crashed the JVM, 1 test not run; 2 event frame(s) rejected (forged, replayed or malformed); code reaches for"
        + " reflection past access checks (setAccessible, privateLookupIn) in SoftmaxImpl; 1 jar entry dropped (junit-platform.properties); graded at"
        + " isolation container, not full", r.oneLine());
    Review invalid = Review.of(card("broken", Scorecard.Status.INVALID, List.of("The submission is not a readable jar."), null, null, null, List.of()),
        List.of(), List.of());
    assertEquals(List.of(new Review.Concern(Review.Kind.NOT_GRADABLE, "not gradable: The submission is not a readable jar.")), invalid.concerns());
    Review forged = Review.of(card("eve", Scorecard.Status.FLAGGED, List.of("Integrity check failed"), new Scorecard.Integrity("PASSED", "PASSED", 0, 1,
        List.of()), null, "full", List.of()), List.of(), List.of());
    assertTrue(forged.oneLine().startsWith("results look forged: the canary PASSED and the control PASSED"), forged.oneLine());
  }

  @Test
  void intakesFlagsReachTheSubmissionTheyConcernAndAFlagOnAZipReachesTheJarsInside() {
    Intake.Candidate inZip = new Intake.Candidate(Path.of("x.jar"), "s01", "s01", "class.zip!/s01/lab.jar", Optional.empty(), Optional.empty(),
        Optional.empty());
    Intake.Candidate plain = new Intake.Candidate(Path.of("s02.jar"), "s02", "s02", "s02.jar", Optional.empty(), Optional.empty(), Optional.empty());
    IntakeReport intake = new IntakeReport("plain", "chosen", "latest", "the latest", List.of(inZip, plain),
        List.of(new IntakeReport.Superseded("s02", "old/s02.jar", "s02.jar", "superseded by s02.jar")),
        List.of(),
        List.of(new IntakeReport.Flag(IntakeReport.Flag.Kind.LMS_DOWNLOAD, "s01", "class.zip", "looks like a moodle download of the whole class"),
            new IntakeReport.Flag(IntakeReport.Flag.Kind.CLAIMS_CLASSMATE, "s02", "s02.jar", "jar claims to be s01, another student of this class"),
            new IntakeReport.Flag(IntakeReport.Flag.Kind.NOT_ON_ROSTER, "s03", "s03.jar", "not on the roster")),
        List.of());
    Scorecard.Integrity clean = new Scorecard.Integrity("FAILED", "PASSED", 0, 1, List.of());
    List<Review> reviews = Review.of(List.of(card("s01", Scorecard.Status.GRADED, List.of(), clean, null, "full", List.of()),
        card("s02", Scorecard.Status.GRADED, List.of(), clean, null, "full", List.of())), intake);
    assertEquals(List.of(Review.Kind.LMS_DOWNLOAD), kinds(reviews.get(0)));
    assertEquals(List.of(Review.Kind.IDENTITY, Review.Kind.SUPERSEDED), kinds(reviews.get(1)));
    assertEquals("jar claims to be s01, another student of this class; 1 other upload(s) of this student superseded (listed in intake.json)",
        reviews.get(1).oneLine());
  }
}
