package dev.nngrade.grader.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Exercise;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.judging.Verdict;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.results.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTests {
  static final Manifest MANIFEST = new Manifest(List.of(
      new Manifest.Entry("s1", Exercise.SOFTMAX, "SoftmaxHiddenTests", "a", "a"),
      new Manifest.Entry("s2", Exercise.SOFTMAX, "SoftmaxHiddenTests", "b", "b"),
      new Manifest.Entry("s3", Exercise.SOFTMAX, "SoftmaxHiddenTests", "c", "c"),
      new Manifest.Entry("c1", Exercise.CROSS_ENTROPY, "CrossEntropyHiddenTests", "a", "a"),
      new Manifest.Entry("canary", null, "CanaryTests", "canaryMustFail", "canaryMustFail"),
      new Manifest.Entry("control", null, "CanaryTests", "controlMustPass", "controlMustPass")));

  static Assignment assignment(String deadline, Assignment.LatePolicy late) {
    return new Assignment(1, "t", Map.of("en", "Test"), dev.nngrade.contract.Language.EN, Map.of(), null, deadline, late,
        List.of(new Assignment.Item("softmax", 9), new Assignment.Item("cross-entropy", 2)), null);
  }

  static Submission submission(Instant at) {
    return new Submission("s1", Path.of("s1.jar"), "abc", new byte[0], List.of("dev/nngrade/student/SoftmaxImpl.class"), List.of(), "0.1.0", Optional.ofNullable(at));
  }

  static Verdict verdict(String id, Outcome o, Verdict.Reason reason) {
    return new Verdict(id, o, 1, o == Outcome.PASSED ? null : reason, List.of());
  }

  static Map<String, Verdict> outcomes(Outcome s1, Outcome canary, Outcome control) {
    Map<String, Verdict> m = new HashMap<>();
    m.put("s1", verdict("s1", s1, null));
    m.put("s2", verdict("s2", Outcome.PASSED, null));
    m.put("s3", verdict("s3", Outcome.TIMED_OUT, new Verdict.Reason.Threw(new Event.Thrown(Event.Origin.JDK, "java.util.concurrent.TimeoutException",
        "SoftmaxImpl.softmax:12"))));
    // c1 has no outcome at all: it scores 0 as not run
    m.put("canary", verdict("canary", canary, null));
    m.put("control", verdict("control", control, null));
    return m;
  }

  @Test
  void anExercisesPointsAreSharedByItsTestsAndOnlyPassingTestsScore() {
    Scorecard c = new Scorer(assignment(null, null), MANIFEST).score(submission(null), outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED), 0, 1, "NONE", Instant.EPOCH, List.of());
    assertEquals(Scorecard.Status.GRADED, c.status());
    assertEquals(6.0, c.score()); // 2 of 3 softmax tests at 3 points each; cross-entropy not run
    assertEquals(11.0, c.maxScore());
    Scorecard.ExerciseResult softmax = c.exercises().get(0);
    assertEquals(List.of(Outcome.PASSED, Outcome.PASSED, Outcome.TIMED_OUT), softmax.tests().stream().map(Scorecard.TestResult::outcome).toList());
    assertEquals("The test did not finish within 10 s: look for an endless loop or a very slow computation.", softmax.tests().get(2).message());
    assertNull(softmax.tests().get(2).where(), "where in the code is shown only for tests on public inputs");
    assertEquals(Outcome.NOT_RUN, c.exercises().get(1).tests().get(0).outcome());
    assertNull(softmax.tests().get(0).message());
  }

  @Test
  void testsTheBudgetLeftNoTimeForSayWhyInBothLanguages() {
    Map<String, Verdict> o = outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED);
    o.put("s3", Verdict.outOfTime("s3", Outcome.TIMED_OUT, 15));
    o.put("c1", Verdict.outOfTime("c1", Outcome.NOT_RUN, 15));
    Scorecard en = new Scorer(assignment(null, null), MANIFEST).score(submission(null), o, 0, 3, "full", Instant.EPOCH, List.of());
    assertEquals("The time budget of this submission (15 s for all its tests together) ran out while this test ran.", en.exercises().get(0).tests().get(2).message());
    assertEquals("The time budget of this submission (15 s for all its tests together) ran out before this test ran.", en.exercises().get(1).tests().get(0).message());
    assertEquals("the submission's time budget of 15 s (submissionTimeoutSeconds, all its runs together) ran out",
        en.exercises().get(1).tests().get(0).instructorMessage());
    Scorecard ja = new Scorer(assignment(null, null).withLanguage(dev.nngrade.contract.Language.JA), MANIFEST).score(submission(null), o, 0, 3, "full",
        Instant.EPOCH, List.of());
    assertEquals("この提出物の制限時間（全テストで合計 15 秒）を使い切ったため、このテストは実行されませんでした。", ja.exercises().get(1).tests().get(0).message());
  }

  @Test
  void aCanaryAndControlTheBudgetLeftNoTimeForAreNoSignOfForgeryButOnesThatDidNotReportAre() {
    Map<String, Verdict> none = new HashMap<>();
    for (Manifest.Entry e : MANIFEST.entries()) {
      none.put(e.id(), Verdict.outOfTime(e.id(), Outcome.NOT_RUN, 15));
    }
    Scorecard spent = new Scorer(assignment(null, null), MANIFEST).score(submission(null), none, 0, 1, "full", Instant.EPOCH, List.of());
    assertEquals(Scorecard.Status.GRADED, spent.status(), "nothing ran, so nothing was forged: " + spent.notes());
    assertEquals(0.0, spent.score());
    Map<String, Verdict> lost = new HashMap<>(none);
    lost.put("canary", Verdict.lost("canary", Outcome.NOT_RUN, "no report came for this test"));
    Scorecard silent = new Scorer(assignment(null, null), MANIFEST).score(submission(null), lost, 0, 1, "full", Instant.EPOCH, List.of());
    assertEquals(Scorecard.Status.FLAGGED, silent.status(), "a canary that ran and did not report is a sign of forgery");
  }

  @Test
  void studentsSeeTheValuesOnlyOfTestsWithPublicInputsAndNeverTextTheChildChose() {
    Manifest m = new Manifest(List.of(
        new Manifest.Entry("s1", Exercise.SOFTMAX, "SoftmaxHiddenTests", "lecture", "lecture", 1, true),
        new Manifest.Entry("s2", Exercise.SOFTMAX, "SoftmaxHiddenTests", "random", "random", 1, false),
        new Manifest.Entry("s3", Exercise.SOFTMAX, "SoftmaxHiddenTests", "thrown", "thrown", 1, false),
        new Manifest.Entry("c1", Exercise.CROSS_ENTROPY, "CrossEntropyHiddenTests", "a", "a", 1, false),
        MANIFEST.entries().get(4), MANIFEST.entries().get(5)));
    Map<String, Verdict> o = outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED);
    String full = "softmax(4, 8, 2)[1]: expected 0.98, got 0.5 (difference 0.48, relative 0.490, tolerance 5.0e-04). Hint: subtract the max";
    o.put("s1", verdict("s1", Outcome.FAILED, new Verdict.Reason.CheckFailed("hint.softmax.overflow", full)));
    o.put("s2", verdict("s2", Outcome.FAILED, new Verdict.Reason.Mismatch("y", "y[3]: expected 0.123456 (hidden), got 7", "hint.softmax.formula")));
    o.put("s3", verdict("s3", Outcome.FAILED, new Verdict.Reason.Threw(new Event.Thrown(Event.Origin.SUBMISSION, null, null))));
    // a key the child made up is not a hint: no mistake, no text from it
    o.put("c1", verdict("c1", Outcome.FAILED, new Verdict.Reason.CheckFailed("hint.SECRET-0.123456", "CE: expected 1.5 (hidden)")));
    Scorecard c = new Scorer(assignment(null, null), m).score(submission(null), o, 0, 1, "NONE", Instant.EPOCH, List.of());
    List<Scorecard.TestResult> tests = c.exercises().get(0).tests();
    assertEquals(full, tests.get(0).message());
    assertEquals("The result does not match what the hidden test expects. Hint: y[k] = exp(a[k] − max a) / Σ exp(a[i] − max a).", tests.get(1).message());
    assertEquals("hint.softmax.formula", tests.get(1).mistake());
    assertEquals("y[3]: expected 0.123456 (hidden), got 7", tests.get(1).instructorMessage());
    assertEquals("Your code threw an exception of a class of its own.", tests.get(2).message());
    Scorecard.TestResult ce = c.exercises().get(1).tests().get(0);
    assertEquals("The result does not match what the hidden test expects.", ce.message());
    assertNull(ce.mistake());
    assertNull(ce.hint());
  }

  @Test
  void weightedTestsTakeAProportionalShare() {
    Manifest weighted = new Manifest(List.of(
        new Manifest.Entry("s1", Exercise.SOFTMAX, "SoftmaxHiddenTests", "a", "a", 2),
        new Manifest.Entry("s2", Exercise.SOFTMAX, "SoftmaxHiddenTests", "b", "b", 1),
        new Manifest.Entry("s3", Exercise.SOFTMAX, "SoftmaxHiddenTests", "c", "c", 1),
        new Manifest.Entry("c1", Exercise.CROSS_ENTROPY, "CrossEntropyHiddenTests", "a", "a"),
        MANIFEST.entries().get(4), MANIFEST.entries().get(5)));
    Scorecard c = new Scorer(assignment(null, null), weighted).score(submission(null), outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED), 0, 1, "NONE", Instant.EPOCH, List.of());
    // softmax's 9 points: 4.5 for the weight-2 test, 2.25 each for the others; s1 and s2 pass
    assertEquals(List.of(4.5, 2.25, 2.25), c.exercises().get(0).tests().stream().map(Scorecard.TestResult::maxScore).toList());
    assertEquals(6.75, c.score());
  }

  @Test
  void aPassingCanaryOrAFailingControlFlagsTheSubmissionWithScoreZero() {
    Scorecard forged = new Scorer(assignment(null, null), MANIFEST).score(submission(null), outcomes(Outcome.PASSED, Outcome.PASSED, Outcome.PASSED), 0, 1, "NONE", Instant.EPOCH, List.of());
    assertEquals(Scorecard.Status.FLAGGED, forged.status());
    assertEquals(0.0, forged.score());
    assertEquals(6.0, forged.rawScore());
    assertTrue(forged.notes().get(0).startsWith("Integrity check failed (canary PASSED, control PASSED)"));
    Scorecard noControl = new Scorer(assignment(null, null), MANIFEST).score(submission(null), outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.CRASHED), 0, 1, "NONE", Instant.EPOCH, List.of());
    assertEquals(Scorecard.Status.FLAGGED, noControl.status());
  }

  @Test
  void latenessCostsItsFractionPerStartedDayAndEndsAtTheLastAcceptedDay() {
    Assignment a = assignment("2026-12-01T23:59:00+09:00", new Assignment.LatePolicy(0.1, 2));
    Map<String, Verdict> o = outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED);
    Scorecard onTime = new Scorer(a, MANIFEST).score(submission(Instant.parse("2026-12-01T14:59:00Z")), o, 0, 1, "NONE", Instant.EPOCH, List.of());
    assertNull(onTime.late());
    assertEquals(6.0, onTime.score());
    // one second late is one started day
    Scorecard oneDay = new Scorer(a, MANIFEST).score(submission(Instant.parse("2026-12-01T15:00:00Z")), o, 0, 1, "NONE", Instant.EPOCH, List.of());
    assertEquals(new Scorecard.Late(1, 0.1), oneDay.late());
    assertEquals(5.4, oneDay.score());
    Scorecard threeDays = new Scorer(a, MANIFEST).score(submission(Instant.parse("2026-12-04T14:00:00Z")), o, 0, 1, "NONE", Instant.EPOCH, List.of());
    assertEquals(Scorecard.Status.TOO_LATE, threeDays.status());
    assertEquals(0.0, threeDays.score());
  }
}
