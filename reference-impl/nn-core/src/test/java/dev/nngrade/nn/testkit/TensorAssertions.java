package dev.nngrade.nn.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.util.Locale;

/** Assertions that report a shape mismatch first, then the worst element with its index, expected and actual value. */
public final class TensorAssertions {
  private TensorAssertions() {}

  public static void assertClose(double[] expected, double[] actual, Tolerance tol, String label) {
    if (expected.length != actual.length) {
      fail(label + ": expected " + expected.length + " elements, got " + actual.length);
    }
    int worst = -1;
    double worstExcess = 0;
    for (int i = 0; i < expected.length; i++) {
      if (!tol.accepts(expected[i], actual[i])) {
        double excess = Math.abs(expected[i] - actual[i]) - tol.atol() - tol.rtol() * Math.abs(expected[i]);
        if (worst < 0 || excess > worstExcess || Double.isNaN(excess)) {
          worst = i;
          worstExcess = excess;
        }
      }
    }
    if (worst >= 0) {
      fail(String.format(Locale.ROOT, "%s: element %d expected %.17g, got %.17g (|diff| %.3e, atol %.1e, rtol %.1e)",
          label, worst, expected[worst], actual[worst], Math.abs(expected[worst] - actual[worst]), tol.atol(), tol.rtol()));
    }
  }

  public static void assertClose(double[] expected, Tensor actual, Tolerance tol, String label) {
    assertClose(expected, actual.toArray(), tol, label);
  }

  public static void assertShape(Shape expected, Tensor actual, String label) {
    if (!expected.equals(actual.shape())) {
      fail(label + ": expected shape " + expected + ", got " + actual.shape());
    }
  }

  /** Bit-for-bit equality (NaNs with the same bits are equal). */
  public static void assertBitwiseEqual(double[] expected, double[] actual, String label) {
    if (expected.length != actual.length) {
      fail(label + ": expected " + expected.length + " elements, got " + actual.length);
    }
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
        fail(String.format(Locale.ROOT, "%s: element %d differs: %.17g vs %.17g", label, i, expected[i], actual[i]));
      }
    }
  }
}
