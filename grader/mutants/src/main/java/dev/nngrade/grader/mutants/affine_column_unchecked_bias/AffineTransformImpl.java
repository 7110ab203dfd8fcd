package dev.nngrade.grader.mutants.affine_column_unchecked_bias;

import dev.nngrade.contract.function.AffineTransform;

public class AffineTransformImpl implements AffineTransform {
  /** The mistake: x's length is checked, b's is not (a longer b is silently cut, a shorter one fails with an index error). */
  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    double[] u = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (w[i].length != x.length) {
        throw new IllegalArgumentException("W has " + w[i].length + " columns, x " + x.length + " elements");
      }
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += w[i][j] * x[j];
      }
      u[i] = s + b[i];
    }
    return u;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    return new dev.nngrade.solution.AffineTransformImpl().rows(x, w, b);
  }
}
