package dev.nngrade.grader.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Exercise;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.TestEvent;
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
    return new Assignment(1, "t", Map.of("en", "Test"), "en", Map.of(), null, deadline, late,
        List.of(new Assignment.Item("softmax", 9), new Assignment.Item("cross-entropy", 2)), null);
  }

  static Submission submission(Instant at) {
    return new Submission("s1", Path.of("s1.jar"), "abc", new byte[0], List.of("dev/nngrade/student/SoftmaxImpl.class"), List.of(), "0.1.0", Optional.ofNullable(at));
  }

  static Map<String, TestEvent> outcomes(Outcome s1, Outcome canary, Outcome control) {
    Map<String, TestEvent> m = new HashMap<>();
    m.put("s1", new TestEvent("s1", s1, 1, null, null, null, null));
    m.put("s2", new TestEvent("s2", Outcome.PASSED, 1, null, null, null, null));
    m.put("s3", new TestEvent("s3", Outcome.TIMED_OUT, 1, null, null, null, "SoftmaxImpl.softmax:12"));
    // c1 has no outcome at all: it scores 0 as not run
    m.put("canary", new TestEvent("canary", canary, 1, null, null, null, null));
    m.put("control", new TestEvent("control", control, 1, null, null, null, null));
    return m;
  }

  @Test
  void anExercisesPointsAreSharedByItsTestsAndOnlyPassingTestsScore() {
    Scorecard c = new Scorer(assignment(null, null), MANIFEST).score(submission(null), outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED), 0, 1, "NONE", Instant.EPOCH, List.of());
    assertEquals(Scorecard.Status.GRADED, c.status());
    assertEquals(6.0, c.score()); // 2 of 3 softmax tests at 3 points each; cross-entropy not run
    assertEquals(11.0, c.maxScore());
    Scorecard.ExerciseResult softmax = c.exercises().get(0);
    assertEquals(List.of("PASSED", "PASSED", "TIMED_OUT"), softmax.tests().stream().map(Scorecard.TestResult::outcome).toList());
    assertEquals("The test did not finish within 10 s: look for an endless loop or a very slow computation.", softmax.tests().get(2).message());
    assertEquals("SoftmaxImpl.softmax:12", softmax.tests().get(2).where());
    assertEquals("NOT_RUN", c.exercises().get(1).tests().get(0).outcome());
    assertNull(softmax.tests().get(0).message());
  }

  @Test
  void studentsSeeTheValuesOnlyOfTestsWithPublicInputs() {
    Manifest m = new Manifest(List.of(
        new Manifest.Entry("s1", Exercise.SOFTMAX, "SoftmaxHiddenTests", "lecture", "lecture", 1, true),
        new Manifest.Entry("s2", Exercise.SOFTMAX, "SoftmaxHiddenTests", "random", "random", 1, false),
        new Manifest.Entry("c1", Exercise.CROSS_ENTROPY, "CrossEntropyHiddenTests", "a", "a"),
        MANIFEST.entries().get(4), MANIFEST.entries().get(5)));
    Map<String, TestEvent> o = outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED);
    String full = "softmax(4, 8, 2)[1]: expected 0.98, got 0.5 (difference 0.48, relative 0.490, tolerance 5.0e-04). Hint: subtract the max";
    o.put("s1", new TestEvent("s1", Outcome.FAILED, 1, "dev.nngrade.exercises.testkit.ExerciseAssertionError", full, "Hidden sentence. Hint: subtract the max", null));
    o.put("s2", new TestEvent("s2", Outcome.FAILED, 1, "dev.nngrade.exercises.testkit.ExerciseAssertionError", "y[3]: expected 0.123456 (hidden)", "Hidden sentence. Hint: x", null));
    Scorecard c = new Scorer(assignment(null, null), m).score(submission(null), o, 0, 1, "NONE", Instant.EPOCH, List.of());
    List<Scorecard.TestResult> tests = c.exercises().get(0).tests();
    assertEquals(full, tests.get(0).message());
    assertEquals("Hidden sentence. Hint: x", tests.get(1).message());
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
    Map<String, TestEvent> o = outcomes(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED);
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
