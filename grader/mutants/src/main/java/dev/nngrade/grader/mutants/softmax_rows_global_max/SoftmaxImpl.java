package dev.nngrade.grader.mutants.softmax_rows_global_max;

import dev.nngrade.contract.function.Softmax;

public class SoftmaxImpl implements Softmax {
  @Override
  public double[] softmax(double[] a) {
    return new dev.nngrade.solution.SoftmaxImpl().softmax(a);
  }

  /** The mistake: one maximum for the whole batch (np.max without axis=1), so rows far below it underflow to 0/0. */
  @Override
  public double[][] softmax(double[][] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : a) {
      for (double v : row) {
        max = Math.max(max, v);
      }
    }
    double[][] y = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      y[i] = new double[a[i].length];
      double sum = 0;
      for (int j = 0; j < a[i].length; j++) {
        y[i][j] = Math.exp(a[i][j] - max);
        sum += y[i][j];
      }
      for (int j = 0; j < a[i].length; j++) {
        y[i][j] /= sum;
      }
    }
    return y;
  }
}
