package dev.nngrade.nn.function;

/**
 * Softmax with the overflow guard (subtract the maximum first; DLFS §3.5.2, lecture 002 確認テスト7):
 * {@code y_k = exp(a_k - max a) / sum_i exp(a_i - max a)}.
 */
public final class Softmax {
  private Softmax() {}

  /** Softmax of a 1-D score vector. */
  public static double[] of(double[] scores) {
    if (scores.length == 0) {
      throw new IllegalArgumentException("softmax of an empty vector is undefined; pass at least one score");
    }
    double[] out = new double[scores.length];
    row(scores, out, 0, scores.length);
    return out;
  }

  /** Row-wise softmax of a batch (each row is one sample), as the textbook's 2-D branch computes it. */
  public static double[][] rows(double[][] scores) {
    double[][] out = new double[scores.length][];
    for (int i = 0; i < scores.length; i++) {
      out[i] = of(scores[i]);
    }
    return out;
  }

  /** Softmax of {@code x[off, off+len)} into the same range of {@code out} (which may be {@code x}). */
  public static void row(double[] x, double[] out, int off, int len) {
    double max = x[off];
    for (int j = 1; j < len; j++) {
      max = Math.max(max, x[off + j]);
    }
    double sum = 0.0;
    for (int j = 0; j < len; j++) {
      double e = StrictMath.exp(x[off + j] - max);
      out[off + j] = e;
      sum += e;
    }
    for (int j = 0; j < len; j++) {
      out[off + j] = out[off + j] / sum;
    }
  }

  /** Index of the first largest element of {@code x[off, off+len)}; the first NaN wins, as in {@code numpy.argmax}. */
  public static int argmax(double[] x, int off, int len) {
    int best = 0;
    for (int j = 0; j < len; j++) {
      double v = x[off + j];
      if (Double.isNaN(v)) {
        return j;
      }
      if (v > x[off + best]) {
        best = j;
      }
    }
    return best;
  }

  /** Index of the first largest element. */
  public static int argmax(double[] x) {
    return argmax(x, 0, x.length);
  }
}
