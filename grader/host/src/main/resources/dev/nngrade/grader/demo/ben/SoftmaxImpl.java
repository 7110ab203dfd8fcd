package dev.nngrade.student;

import dev.nngrade.contract.function.Softmax;

/** A classic mistake: exp(a) without subtracting max(a) first, which overflows for large scores. */
public class SoftmaxImpl implements Softmax {
  @Override
  public double[] softmax(double[] a) {
    double[] y = new double[a.length];
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.exp(a[i]);
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
