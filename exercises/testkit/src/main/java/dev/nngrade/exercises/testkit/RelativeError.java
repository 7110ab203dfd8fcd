package dev.nngrade.exercises.testkit;

/**
 * The one relative error nngrade reports, here and in the reference's {@code GradientCheck} (a test
 * in the grader compares the two on the same numbers, and the reports' column heading states this
 * formula): {@code |a − n| / max(|a|, |n|, 1e-300)}, where {@code a} is the analytic (or the
 * submission's) value and {@code n} the numerical (or expected) one. Symmetric, between 0 and 2 for
 * finite values; 0 when both are 0; infinite when either is NaN or infinite.
 */
public final class RelativeError {
  /** The floor of the denominator: only two exact zeros make it matter. */
  public static final double TINY = 1e-300;

  /** The definition as the reports print it. */
  public static final String FORMULA = "|a − n| / max(|a|, |n|, 1e-300)";

  private RelativeError() {}

  public static double of(double a, double n) {
    if (!Double.isFinite(a) || !Double.isFinite(n)) {
      return Double.POSITIVE_INFINITY;
    }
    double scale = Math.max(Math.max(Math.abs(a), Math.abs(n)), TINY);
    double diff = Math.abs(a - n);
    // a − n overflows only for opposite signs near Double.MAX_VALUE; then scale first
    return Double.isFinite(diff) ? diff / scale : Math.abs(a / scale - n / scale);
  }
}
