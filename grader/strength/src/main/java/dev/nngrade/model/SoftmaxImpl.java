package dev.nngrade.model;

import dev.nngrade.contract.function.Softmax;

public class SoftmaxImpl implements Softmax {
  @Override
  public double[] softmax(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    // subtracting the maximum keeps exp from overflowing (lecture 003)
    double[] y = new double[a.length];
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.exp(a[i] - max);
      sum += y[i];
    }
    for (int i = 0; i < a.length; i++) {
      y[i] /= sum;
    }
    return y;
  }

  @Override
  public double[][] softmax(double[][] a) {
    double[][] y = new double[a.length][];
    for (int n = 0; n < a.length; n++) {
      y[n] = softmax(a[n]);
    }
    return y;
  }
}
