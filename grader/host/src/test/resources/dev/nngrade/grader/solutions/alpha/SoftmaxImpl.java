package dev.nngrade.student;

import dev.nngrade.contract.function.Softmax;

/** Softmax in log-sum-exp form. */
public class SoftmaxImpl implements Softmax {
  @Override
  public double[] softmax(double[] a) {
    if (a == null) {
      throw new IllegalArgumentException("a is null");
    }
    return Careful.softmax(a);
  }

  @Override
  public double[][] softmax(double[][] a) {
    if (a == null) {
      throw new IllegalArgumentException("a is null");
    }
    for (double[] row : a) {
      if (row == null) {
        throw new IllegalArgumentException("a row is null");
      }
    }
    return Careful.softmaxRows(a);
  }
}
