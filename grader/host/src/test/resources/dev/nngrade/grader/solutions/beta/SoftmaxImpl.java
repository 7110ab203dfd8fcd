package dev.nngrade.student;

import dev.nngrade.contract.function.Softmax;

public class SoftmaxImpl implements Softmax {
  @Override
  public double[] softmax(double[] a) {
    int k = a.length;
    double[] y = new double[k];
    if (k == 0) {
      return y;
    }
    double max = a[0];
    for (int i = 1; i < k; i++) {
      if (a[i] > max) {
        max = a[i];
      }
    }
    for (int i = 0; i < k; i++) {
      y[i] = Math.exp(a[i] - max);
    }
    double sum = 0;
    for (int i = k - 1; i >= 0; i--) {
      sum += y[i];
    }
    for (int i = 0; i < k; i++) {
      y[i] = y[i] / sum;
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
