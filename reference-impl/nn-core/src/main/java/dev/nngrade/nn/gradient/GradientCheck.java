package dev.nngrade.nn.gradient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares backprop gradients with numerical ones (DLFS §5.7.3) by the maximum relative error
 * {@code |bp − num| / max(|bp|, |num|, 1e-300)} over every element, and says where it occurs. This is
 * the one definition nngrade uses: the exercise testkit's {@code RelativeError} computes the same
 * (the grader's tests compare the two on the same numbers) and the reports print its formula.
 */
public final class GradientCheck {
  /** The floor of the denominator: only two exact zeros make it matter (their relative error is 0). */
  public static final double TINY = 1e-300;

  /** The definition as printed; the testkit's {@code RelativeError.FORMULA} must say the same. */
  public static final String FORMULA = "|a − n| / max(|a|, |n|, 1e-300)";

  private GradientCheck() {}

  /** The result for one parameter: its worst element and the textbook's mean absolute difference. */
  public record ParameterReport(
      String name, double maxRelativeError, int worstIndex, double numerical, double backprop, double maxAbsoluteDifference,
      double meanAbsoluteDifference) {}

  /** The result over all parameters; {@link #worst()} is the parameter with the largest relative error. */
  public record Report(List<ParameterReport> parameters) {
    public ParameterReport worst() {
      ParameterReport w = parameters.get(0);
      for (ParameterReport p : parameters) {
        if (p.maxRelativeError() > w.maxRelativeError()) {
          w = p;
        }
      }
      return w;
    }

    public double maxRelativeError() {
      return worst().maxRelativeError();
    }

    public boolean passes(double tolerance) {
      return maxRelativeError() <= tolerance;
    }

    /** One line, for logs and failed assertions. */
    public String summary() {
      ParameterReport w = worst();
      return String.format(
          Locale.ROOT, "max relative error %.3e in %s at index %d (numerical %.10g, backprop %.10g)", w.maxRelativeError(),
          w.name(), w.worstIndex(), w.numerical(), w.backprop());
    }
  }

  /** {@value #FORMULA}; infinite when either value is NaN or infinite. Symmetric in its arguments. */
  public static double relativeError(double numerical, double backprop) {
    if (!Double.isFinite(numerical) || !Double.isFinite(backprop)) {
      return Double.POSITIVE_INFINITY;
    }
    double scale = Math.max(Math.max(Math.abs(backprop), Math.abs(numerical)), TINY);
    double diff = Math.abs(backprop - numerical);
    // the difference overflows only for opposite signs near Double.MAX_VALUE; then scale first
    return Double.isFinite(diff) ? diff / scale : Math.abs(backprop / scale - numerical / scale);
  }

  /** Compares two gradient maps with the same keys and lengths. */
  public static Report compare(Map<String, double[]> numerical, Map<String, double[]> backprop) {
    if (!numerical.keySet().equals(backprop.keySet()) || numerical.isEmpty()) {
      throw new IllegalArgumentException(
          "gradient check: numerical gradients for " + numerical.keySet() + " but backprop gradients for "
              + backprop.keySet() + "; they must name the same, non-empty set of parameters");
    }
    List<ParameterReport> reports = new ArrayList<>();
    for (var e : numerical.entrySet()) {
      reports.add(compare(e.getKey(), e.getValue(), backprop.get(e.getKey())));
    }
    return new Report(List.copyOf(reports));
  }

  public static ParameterReport compare(String name, double[] numerical, double[] backprop) {
    if (numerical.length != backprop.length || numerical.length == 0) {
      throw new IllegalArgumentException(
          "gradient check of " + name + ": " + numerical.length + " numerical values but " + backprop.length
              + " backprop values");
    }
    double worst = -1;
    int at = 0;
    double maxAbs = 0, sumAbs = 0;
    for (int i = 0; i < numerical.length; i++) {
      double rel = relativeError(numerical[i], backprop[i]);
      if (rel > worst) { // NaN and infinities give an infinite error: the first of them is the worst
        worst = rel;
        at = i;
      }
      double abs = Math.abs(numerical[i] - backprop[i]);
      maxAbs = Math.max(maxAbs, abs);
      sumAbs += abs;
    }
    return new ParameterReport(name, worst, at, numerical[at], backprop[at], maxAbs, sumAbs / numerical.length);
  }
}
