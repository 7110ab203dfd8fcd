package dev.nngrade.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.exercises.testkit.Observed;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The host's rules (grader/host Verdicts), case by case. */
class LocalVerdictsTests {
  private static final Tolerance TOL = Tolerance.of(1e-12, 1e-9);

  private static JudgedValue check(String what, double... values) {
    return new JudgedValue(what, new Observed(Observed.Kind.ARRAY, new int[] {values.length}, values), TOL, "hint");
  }

  private static JudgedValue none(String what) {
    return new JudgedValue(what, new Observed(Observed.Kind.NULL, new int[0], new double[0]), TOL, "hint");
  }

  private static String mismatch(List<JudgedValue> actual, List<JudgedValue> expected) {
    Optional<String> m = LocalVerdicts.firstMismatch(actual, expected);
    assertTrue(m.isPresent(), "no mismatch found");
    return m.get();
  }

  @Test
  void equalWithinTheToleranceIsAgreement() {
    assertEquals(Optional.empty(), LocalVerdicts.firstMismatch(List.of(check("a", 1, 2 + 1e-9)), List.of(check("a", 1, 2))));
  }

  @Test
  void theWorstElementOutsideTheToleranceIsReported() {
    String m = mismatch(List.of(check("a", 1.1, 2, 3.5)), List.of(check("a", 1, 2, 3)));
    assertTrue(m.startsWith("a[2]: expected 3.0, got 3.5"), m);
  }

  @Test
  void nanAgreesOnlyWithNanAndInfinityOnlyWithItself() {
    assertEquals(Optional.empty(), LocalVerdicts.firstMismatch(List.of(check("a", Double.NaN, Double.POSITIVE_INFINITY)),
        List.of(check("a", Double.NaN, Double.POSITIVE_INFINITY))));
    assertTrue(mismatch(List.of(check("a", Double.NaN)), List.of(check("a", 0))).contains("got NaN"));
    assertTrue(mismatch(List.of(check("a", Double.POSITIVE_INFINITY)), List.of(check("a", 1e308))).contains("got Infinity"));
  }

  @Test
  void shapesAreComparedFirst() {
    assertTrue(mismatch(List.of(check("a", 1, 2)), List.of(check("a", 1, 2, 3))).contains("shape [2], expected [3]"));
  }

  @Test
  void nullAgreesOnlyWithNull() {
    assertEquals(Optional.empty(), LocalVerdicts.firstMismatch(List.of(none("a")), List.of(none("a"))));
    assertTrue(mismatch(List.of(none("a")), List.of(check("a", 1))).contains("null instead of a result"));
    assertTrue(mismatch(List.of(check("a", 1)), List.of(none("a"))).contains("a value where the reference returned null"));
  }

  @Test
  void checksAreComparedInOrderByLabel() {
    String m = mismatch(List.of(check("b", 1), check("a", 1)), List.of(check("a", 1), check("b", 1)));
    assertTrue(m.startsWith("a: the test took another path"), m);
  }

  @Test
  void aCheckTheReferenceDidNotMakeFails() {
    assertTrue(mismatch(List.of(check("a", 1), check("b", 1)), List.of(check("a", 1))).startsWith("b: a judged check the reference's run did not make"));
  }

  @Test
  void aTestThatEndsBeforeTheReferencesLastCheckFails() {
    assertTrue(mismatch(List.of(check("a", 1)), List.of(check("a", 1), check("b", 2))).startsWith("b: the test passed without reaching this check"));
  }

  @Test
  void theToleranceIsTheReferencesNotTheCandidates() {
    JudgedValue loose = new JudgedValue("a", new Observed(Observed.Kind.ARRAY, new int[] {1}, new double[] {2}), Tolerance.abs(10), "hint");
    assertTrue(mismatch(List.of(loose), List.of(check("a", 1))).contains("expected 1.0, got 2.0"));
  }
}
