package dev.nngrade.exercises.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ExpectTests {
  @Nested
  class FailureMessages {
    @Test
    void nameTheWorstElementWithBothValuesTheToleranceAndTheHint() {
      LanguageScope.with("en", () -> {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
            () -> Expect.close("y", new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2.1}, {3, 5}}, Tolerance.abs(1e-3), "hint.softmax.rows"));
        assertEquals("y[1][1]: expected 4.0, got 5.0 (difference 1.0, relative 0.200, tolerance 1.0e-03); this is the element furthest off. "
            + "Hint: apply the 1-D softmax to every row separately: each row has its own maximum and sum.", e.getMessage());
      });
    }

    @Test
    void inJapanese() {
      LanguageScope.with("ja", () -> {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Expect.close("loss", 0.5, 0.25, Tolerance.abs(1e-9), null));
        assertEquals("loss: 期待値 0.5、実際の値 0.25（差 0.25、許容誤差 1.0e-09）。", e.getMessage());
      });
    }

    @Test
    void shapesAreComparedBeforeValues() {
      LanguageScope.with("en", () -> {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Expect.close("dW", new double[2][3], new double[3][2], Tolerance.abs(1), null));
        assertEquals("dW: expected shape [2, 3], got [3, 2].", e.getMessage());
      });
    }

    @Test
    void nonFiniteResultsGetAnExplanation() {
      LanguageScope.with("en", () -> {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Expect.close("p", new double[] {0.5}, new double[] {Double.NaN}, Tolerance.abs(1), null));
        assertEquals("p[0]: expected 0.5, got NaN (difference NaN, tolerance 1.0e+00); this is the element furthest off. "
            + "NaN or infinity usually comes from exp overflowing, log(0) or a division by zero.", e.getMessage());
      });
    }
  }

  @Test
  void toleranceIsAbsolutePlusRelative() {
    Tolerance t = Tolerance.of(1e-3, 1e-2);
    assertDoesNotThrow(() -> Expect.close("v", 100, 100.9, t, null)); // allowed 0.001 + 1.0
    assertThrows(AssertionFailedError.class, () -> Expect.close("v", 100, 101.1, t, null));
    assertThrows(AssertionFailedError.class, () -> Expect.close("v", 1, Double.POSITIVE_INFINITY, t, null));
    assertDoesNotThrow(() -> Expect.close("v", Double.NaN, Double.NaN, t, null));
  }

  @Test
  void rejectsNeedsAnIllegalArgumentException() {
    assertDoesNotThrow(() -> Expect.rejects("bad", "hint.affine.reject-rows", () -> {
      throw new IllegalArgumentException("shape");
    }));
    assertThrows(AssertionFailedError.class, () -> Expect.rejects("bad", "hint.affine.reject-rows", () -> {}));
    assertThrows(AssertionFailedError.class, () -> Expect.rejects("bad", "hint.affine.reject-rows", () -> {
      throw new ArrayIndexOutOfBoundsException(3);
    }));
    assertThrows(NullPointerException.class, () -> Expect.rejects("bad", null, () -> {}));
  }

  @Test
  void aFailedRejectionSaysWhichInputAndWhyEvenWhereTheInputsAreHidden() {
    LanguageScope.with("en", () -> {
      ExerciseAssertionError e = assertThrows(ExerciseAssertionError.class,
          () -> Expect.rejects("rows(X [1][2], W [2][2], b [3])", "hint.affine.reject-rows", () -> {}));
      assertEquals("rows(X [1][2], W [2][2], b [3]) should have been rejected with IllegalArgumentException but returned normally. Hint: rows(X, W, b) must "
          + "throw IllegalArgumentException when a row of X is not as long as W has rows, or b does not have one element per column of W.", e.getMessage());
      assertEquals("hint.affine.reject-rows", e.hintKey());
      assertTrue(e.studentMessage().endsWith("Hint: " + Text.get("hint.affine.reject-rows")), e.studentMessage());
      ExerciseAssertionError wrong = assertThrows(ExerciseAssertionError.class, () -> Expect.rejects("label(y, -1)", "hint.ce.reject-label", () -> {
        throw new ArrayIndexOutOfBoundsException(-1);
      }));
      assertTrue(wrong.getMessage().startsWith("label(y, -1) should have been rejected with IllegalArgumentException but threw java.lang.ArrayIndexOutOfBoundsException."),
          wrong.getMessage());
      assertTrue(wrong.getCause() instanceof ArrayIndexOutOfBoundsException);
    });
    LanguageScope.with("ja", () -> {
      ExerciseAssertionError e = assertThrows(ExerciseAssertionError.class, () -> Expect.rejects("label(y, 10)", "hint.ce.reject-label", () -> {}));
      assertTrue(e.getMessage().startsWith("label(y, 10) は IllegalArgumentException で拒否すべき入力ですが、正常に戻りました。 ヒント: クラスのラベルは"), e.getMessage());
    });
  }
}
