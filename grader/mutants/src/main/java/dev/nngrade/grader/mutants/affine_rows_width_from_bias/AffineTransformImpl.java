package dev.nngrade.grader.mutants.affine_rows_width_from_bias;

import dev.nngrade.contract.function.AffineTransform;

public class AffineTransformImpl implements AffineTransform {
  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    return new dev.nngrade.solution.AffineTransformImpl().column(w, x, b);
  }

  /** The mistake: the output width is taken from b, and W's width is never compared with it. */
  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    double[][] u = new double[x.length][b.length];
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != w.length) {
        throw new IllegalArgumentException("a row of X has " + x[n].length + " elements, W " + w.length + " rows");
      }
      for (int j = 0; j < b.length; j++) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
          s += x[n][i] * w[i][j];
        }
        u[n][j] = s + b[j];
      }
    }
    return u;
  }
}
