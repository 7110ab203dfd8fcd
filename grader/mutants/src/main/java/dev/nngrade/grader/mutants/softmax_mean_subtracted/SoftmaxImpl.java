package dev.nngrade.grader.mutants.softmax_mean_subtracted;

import dev.nngrade.contract.function.Softmax;

public class SoftmaxImpl implements Softmax {
  /** The mistake: the mean subtracted instead of the maximum, which overflows once the scores spread by more than ~1400. */
  @Override
  public double[] softmax(double[] a) {
    double mean = 0;
    for (double v : a) {
      mean += v / a.length;
    }
    double[] y = new double[a.length];
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.exp(a[i] - mean);
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
