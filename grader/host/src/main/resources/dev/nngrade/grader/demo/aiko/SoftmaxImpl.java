package dev.nngrade.student;

import dev.nngrade.contract.function.Softmax;

/** What a student writes for 確認テスト7: the overflow-safe softmax. */
public class SoftmaxImpl implements Softmax {
  @Override
  public double[] softmax(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
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
    for (int i = 0; i < a.length; i++) {
      y[i] = softmax(a[i]);
    }
    return y;
  }
}
