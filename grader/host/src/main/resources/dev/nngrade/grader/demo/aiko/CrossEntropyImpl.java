package dev.nngrade.student;

import dev.nngrade.contract.function.CrossEntropy;

public class CrossEntropyImpl implements CrossEntropy {
  @Override
  public double oneHot(double[] y, double[] t) {
    if (t.length != y.length) {
      throw new IllegalArgumentException("y has " + y.length + " classes, t has " + t.length);
    }
    int k = 0;
    for (int i = 1; i < t.length; i++) {
      if (t[i] > t[k]) {
        k = i;
      }
    }
    return label(y, k);
  }

  @Override
  public double label(double[] y, int t) {
    if (t < 0 || t >= y.length) {
      throw new IllegalArgumentException("label " + t + " is not in [0, " + y.length + ")");
    }
    return -Math.log(y[t] + DELTA);
  }

  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    if (t.length != y.length) {
      throw new IllegalArgumentException(y.length + " rows but " + t.length + " targets");
    }
    double s = 0;
    for (int n = 0; n < y.length; n++) {
      s += oneHot(y[n], t[n]);
    }
    return s / y.length;
  }

  @Override
  public double batchLabels(double[][] y, int[] t) {
    if (t.length != y.length) {
      throw new IllegalArgumentException(y.length + " rows but " + t.length + " labels");
    }
    double s = 0;
    for (int n = 0; n < y.length; n++) {
      s += label(y[n], t[n]);
    }
    return s / y.length;
  }
}
