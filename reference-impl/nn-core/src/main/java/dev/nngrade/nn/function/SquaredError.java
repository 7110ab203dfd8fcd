package dev.nngrade.nn.function;

/**
 * The three squared-error losses the lectures use (design.md, "Conventions differ"); the sums run
 * over every element of the prediction, which for a batch means every output of every sample.
 */
public enum SquaredError {
  /** {@code ½ Σ (y − t)²}: DLFS §4.2.1 and lecture 004 (0.0975 on its example). Gradient {@code y − t}. */
  HALF_SUM,
  /** {@code mean((d − y)²) / 2}: lecture 002's {@code mean_squared_error}. Gradient {@code (y − d) / n}. */
  HALF_MEAN,
  /** {@code (1/N) Σ (y − t)²}: lecture 000's MSE. Gradient {@code 2 (y − t) / n}. */
  MEAN;

  /** The loss from the sum of squared differences over {@code n} elements. */
  public double fromSumOfSquares(double sumOfSquares, int n) {
    return switch (this) {
      case HALF_SUM -> 0.5 * sumOfSquares;
      case HALF_MEAN -> sumOfSquares / n / 2;
      case MEAN -> sumOfSquares / n;
    };
  }

  /**
   * The divisor {@code D} in {@code dL/dy = (y − t) / D} for {@code n} elements: 1, {@code n} and
   * {@code n/2}. ({@code 2(y−t)/n} and {@code (y−t)/(n/2)} round to the same double.)
   */
  public double gradientDivisor(int n) {
    return switch (this) {
      case HALF_SUM -> 1.0;
      case HALF_MEAN -> n;
      case MEAN -> n / 2.0;
    };
  }

  public double of(double[] y, double[] t) {
    if (y.length != t.length || y.length == 0) {
      throw new IllegalArgumentException(
          "squared error: prediction has " + y.length + " elements, target has " + t.length + "; they must match and be non-empty");
    }
    double s = 0.0;
    for (int i = 0; i < y.length; i++) {
      double d = y[i] - t[i];
      s += d * d;
    }
    return fromSumOfSquares(s, y.length);
  }

  /** {@code dL/dy} for every element. */
  public double[] gradient(double[] y, double[] t) {
    if (y.length != t.length) {
      throw new IllegalArgumentException(
          "squared error: prediction has " + y.length + " elements, target has " + t.length);
    }
    double d = gradientDivisor(y.length);
    double[] g = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      g[i] = (y[i] - t[i]) / d;
    }
    return g;
  }

  /** Parses {@code half_sum}, {@code half_mean} or {@code mean}. */
  public static SquaredError parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
