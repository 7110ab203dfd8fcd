package dev.nngrade.nn.testkit;

/** An element passes when {@code |expected - actual| <= atol + rtol * |expected|}. */
public record Tolerance(double atol, double rtol) {
  public static final Tolerance EXACT = new Tolerance(0, 0);

  public static Tolerance of(double atol, double rtol) {
    return new Tolerance(atol, rtol);
  }

  public boolean accepts(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    if (expected == actual) {
      return true;
    }
    return Math.abs(expected - actual) <= atol + rtol * Math.abs(expected);
  }
}
