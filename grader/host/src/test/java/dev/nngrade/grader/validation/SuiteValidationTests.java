package dev.nngrade.grader.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Exercise;
import dev.nngrade.grader.mutants.Catalogue;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.scoring.Scorecard;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How validate-suite reads a mutant's scorecard, without sandboxes: made-up cards. */
class SuiteValidationTests {
  private static final Catalogue.Mutant MUTANT = new Catalogue.Mutant("softmax_no_max", Exercise.SOFTMAX, "softmax without subtracting the maximum");

  private static Scorecard.TestResult test(String name, String outcome) {
    return new Scorecard.TestResult(name, name, Outcome.valueOf(outcome), outcome.equals("PASSED") ? 1 : 0, 1, null, null, null, null);
  }

  private static Scorecard card(List<Scorecard.TestResult> softmax, List<Scorecard.TestResult> affine) {
    double score = softmax.stream().mapToDouble(Scorecard.TestResult::score).sum() + affine.stream().mapToDouble(Scorecard.TestResult::score).sum();
    return new Scorecard(Scorecard.SCHEMA, new Scorecard.AssignmentRef("a", "a"), "m", Scorecard.Status.GRADED, score, softmax.size() + affine.size(), score, null,
        null, null, List.of(new Scorecard.ExerciseResult("softmax", "s", "", 0, softmax.size(), softmax),
            new Scorecard.ExerciseResult("affine", "a", "", 0, affine.size(), affine)), List.of(), null, "now");
  }

  @Test
  void aTestThatTimedOutIsGradedOnceMoreAndTheSecondRunCounts() throws Exception {
    Deque<Scorecard> runs = new ArrayDeque<>(List.of(
        card(List.of(test("Softmax.a", "FAILED")), List.of(test("AffineTransform.b", "TIMED_OUT"))),
        card(List.of(test("Softmax.a", "FAILED")), List.of(test("AffineTransform.b", "PASSED")))));
    SuiteValidation.Graded g = SuiteValidation.withOneRetry(runs::removeFirst);
    assertTrue(g.regraded());
    assertTrue(runs.isEmpty());
    SuiteValidation.Check c = SuiteValidation.check(MUTANT, g);
    assertTrue(c.ok(), c.toString());
    assertEquals(List.of("Softmax.a"), c.caughtBy());
  }

  @Test
  void aCleanRunIsNotRepeated() throws Exception {
    Deque<Scorecard> runs = new ArrayDeque<>(List.of(card(List.of(test("Softmax.a", "FAILED")), List.of(test("AffineTransform.b", "PASSED")))));
    SuiteValidation.Graded g = SuiteValidation.withOneRetry(runs::removeFirst);
    assertFalse(g.regraded());
  }

  @Test
  void aLossThatStaysNamesTheTestsOutsideTheMutantsExercise() throws Exception {
    Deque<Scorecard> runs = new ArrayDeque<>(List.of(
        card(List.of(test("Softmax.a", "FAILED")), List.of(test("AffineTransform.b", "CRASHED"), test("AffineTransform.c", "PASSED"))),
        card(List.of(test("Softmax.a", "FAILED")), List.of(test("AffineTransform.b", "TIMED_OUT"), test("AffineTransform.c", "FAILED")))));
    SuiteValidation.Check c = SuiteValidation.check(MUTANT, SuiteValidation.withOneRetry(runs::removeFirst));
    assertFalse(c.ok());
    assertTrue(c.regraded());
    assertEquals(List.of("AffineTransform.b TIMED_OUT", "AffineTransform.c FAILED"), c.lostElsewhere());
    assertEquals("lost points outside softmax: AffineTransform.b TIMED_OUT, AffineTransform.c FAILED", c.detail());
  }

  @Test
  void aMutantThatPassesItsExerciseSaysSo() throws Exception {
    SuiteValidation.Check c = SuiteValidation.check(MUTANT,
        SuiteValidation.withOneRetry(() -> card(List.of(test("Softmax.a", "PASSED")), List.of(test("AffineTransform.b", "PASSED")))));
    assertFalse(c.ok());
    assertEquals("passed every test of softmax", c.detail());
  }
}
