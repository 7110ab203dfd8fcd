package dev.nngrade.student;

import dev.nngrade.contract.function.CrossEntropy;

/** Cross-entropy with the label taken from the one-hot target; batch sums compensated. */
public class CrossEntropyImpl implements CrossEntropy {
  @Override
  public double oneHot(double[] y, double[] t) {
    check(y, t);
    return -Math.log(y[Careful.argmax(t)] + DELTA);
  }

  @Override
  public double label(double[] y, int t) {
    if (y == null || t < 0 || t >= y.length) {
      throw new IllegalArgumentException("label " + t + " is not in [0, " + (y == null ? 0 : y.length) + ")");
    }
    return -Math.log(y[t] + DELTA);
  }

  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    if (y == null || t == null || y.length != t.length || y.length == 0) {
      throw new IllegalArgumentException("y and t need the same, non-zero number of rows");
    }
    Careful.Sum s = new Careful.Sum();
    for (int n = 0; n < y.length; n++) {
      check(y[n], t[n]);
      s.add(Math.log(y[n][Careful.argmax(t[n])] + DELTA));
    }
    return -s.value() / y.length;
  }

  @Override
  public double batchLabels(double[][] y, int[] t) {
    if (y == null || t == null || y.length != t.length || y.length == 0) {
      throw new IllegalArgumentException("y and t need the same, non-zero number of rows");
    }
    Careful.Sum s = new Careful.Sum();
    for (int n = 0; n < y.length; n++) {
      if (y[n] == null || t[n] < 0 || t[n] >= y[n].length) {
        throw new IllegalArgumentException("label " + t[n] + " of row " + n + " is out of range");
      }
      s.add(Math.log(y[n][t[n]] + DELTA));
    }
    return -s.value() / y.length;
  }

  private static void check(double[] y, double[] t) {
    if (y == null || t == null || y.length != t.length || y.length == 0) {
      throw new IllegalArgumentException("y and t must have the same, non-zero length");
    }
  }
}
