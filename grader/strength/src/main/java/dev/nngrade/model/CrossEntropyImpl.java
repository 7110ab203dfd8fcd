package dev.nngrade.model;

import dev.nngrade.contract.function.CrossEntropy;

public class CrossEntropyImpl implements CrossEntropy {
  @Override
  public double oneHot(double[] y, double[] t) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("cross-entropy: y has " + y.length + " elements but t has " + t.length);
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
      throw new IllegalArgumentException("cross-entropy: label " + t + " is not in [0, " + y.length + ")");
    }
    return -Math.log(y[t] + DELTA);
  }

  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("cross-entropy: " + y.length + " rows of y but " + t.length + " rows of t");
    }
    double sum = 0;
    for (int n = 0; n < y.length; n++) {
      sum += oneHot(y[n], t[n]);
    }
    return sum / y.length;
  }

  @Override
  public double batchLabels(double[][] y, int[] t) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("cross-entropy: " + y.length + " rows of y but " + t.length + " labels");
    }
    double sum = 0;
    for (int n = 0; n < y.length; n++) {
      sum += label(y[n], t[n]);
    }
    return sum / y.length;
  }
}
