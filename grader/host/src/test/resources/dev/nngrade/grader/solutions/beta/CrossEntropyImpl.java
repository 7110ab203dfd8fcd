package dev.nngrade.student;

import dev.nngrade.contract.function.CrossEntropy;

public class CrossEntropyImpl implements CrossEntropy {
  // −Σ_k t_k log(y_k + δ): the one-hot target picks the right term
  @Override
  public double oneHot(double[] y, double[] t) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("y has " + y.length + " entries, t has " + t.length);
    }
    double e = 0;
    for (int k = 0; k < y.length; k++) {
      e -= t[k] * Math.log(y[k] + DELTA);
    }
    return e;
  }

  @Override
  public double label(double[] y, int t) {
    if (t < 0 || t >= y.length) {
      throw new IllegalArgumentException("label " + t + " outside [0, " + y.length + ")");
    }
    return -Math.log(y[t] + DELTA);
  }

  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    if (y.length != t.length || y.length == 0) {
      throw new IllegalArgumentException("y has " + y.length + " rows, t has " + t.length);
    }
    double e = 0;
    for (int n = 0; n < y.length; n++) {
      e += oneHot(y[n], t[n]) / y.length;
    }
    return e;
  }

  @Override
  public double batchLabels(double[][] y, int[] t) {
    if (y.length != t.length || y.length == 0) {
      throw new IllegalArgumentException("y has " + y.length + " rows, t has " + t.length);
    }
    double e = 0;
    for (int n = 0; n < y.length; n++) {
      e += label(y[n], t[n]) / y.length;
    }
    return e;
  }
}
