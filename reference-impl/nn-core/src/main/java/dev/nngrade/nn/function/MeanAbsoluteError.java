package dev.nngrade.nn.function;

/** {@code (1/n) Σ |y − t|}: the ranking metric of lecture 001's report assignment. */
public final class MeanAbsoluteError {
  private MeanAbsoluteError() {}

  public static double of(double[] y, double[] t) {
    if (y.length != t.length || y.length == 0) {
      throw new IllegalArgumentException(
          "mean absolute error: prediction has " + y.length + " elements, target has " + t.length
              + "; they must match and be non-empty");
    }
    double s = 0.0;
    for (int i = 0; i < y.length; i++) {
      s += Math.abs(y[i] - t[i]);
    }
    return s / y.length;
  }
}
