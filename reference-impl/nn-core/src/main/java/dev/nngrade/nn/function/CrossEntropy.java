package dev.nngrade.nn.function;

/**
 * Cross-entropy error as the textbook and lecture 002 (確認テスト8) define it: one-hot targets are
 * turned into labels by their argmax, {@code 1e-7} is added inside the log, and a batch gives the
 * mean over its rows: {@code E = -sum_n log(y[n, t_n] + 1e-7) / N}.
 */
public final class CrossEntropy {
  /** Added to the probability inside the log so that {@code log(0)} never occurs (DLFS §4.2.2). */
  public static final double DELTA = 1e-7;

  private CrossEntropy() {}

  /** One sample with a label: {@code -log(y[label] + 1e-7)}. */
  public static double of(double[] y, int label) {
    if (label < 0 || label >= y.length) {
      throw new IllegalArgumentException("label " + label + " is not a class index in [0, " + y.length + ")");
    }
    return -StrictMath.log(y[label] + DELTA);
  }

  /** One sample with a one-hot target (its argmax is the label). */
  public static double of(double[] y, double[] oneHot) {
    if (oneHot.length != y.length) {
      throw new IllegalArgumentException(
          "cross-entropy: y has " + y.length + " classes but the one-hot target has " + oneHot.length);
    }
    return of(y, Softmax.argmax(oneHot));
  }

  /** A batch with labels: the mean over rows. */
  public static double batch(double[][] y, int[] labels) {
    if (labels.length != y.length) {
      throw new IllegalArgumentException(
          "cross-entropy: " + y.length + " rows of predictions but " + labels.length + " labels");
    }
    double s = 0.0;
    for (int i = 0; i < y.length; i++) {
      s += StrictMath.log(y[i][checkLabel(labels[i], y[i].length, i)] + DELTA);
    }
    return -s / y.length;
  }

  /** A batch with one-hot rows: the mean over rows. */
  public static double batch(double[][] y, double[][] oneHot) {
    if (oneHot.length != y.length) {
      throw new IllegalArgumentException(
          "cross-entropy: " + y.length + " rows of predictions but " + oneHot.length + " one-hot rows");
    }
    int[] labels = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      labels[i] = Softmax.argmax(oneHot[i]);
    }
    return batch(y, labels);
  }

  private static int checkLabel(int label, int classes, int row) {
    if (label < 0 || label >= classes) {
      throw new IllegalArgumentException(
          "label " + label + " at row " + row + " is not a class index in [0, " + classes + ")");
    }
    return label;
  }
}
