package dev.nngrade.grader.mutants.softmax_input_overwritten;

import dev.nngrade.contract.function.Softmax;

public class SoftmaxImpl implements Softmax {
  /** The mistake: the 1-D form works in the caller's array (a[i] -= max, then exp in place) and returns it. */
  @Override
  public double[] softmax(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.exp(a[i] - max);
      sum += a[i];
    }
    for (int i = 0; i < a.length; i++) {
      a[i] /= sum;
    }
    return a;
  }

  /** Rows are copied first, so the batch form leaves its input alone. */
  @Override
  public double[][] softmax(double[][] a) {
    double[][] y = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      y[i] = softmax(a[i].clone());
    }
    return y;
  }
}
