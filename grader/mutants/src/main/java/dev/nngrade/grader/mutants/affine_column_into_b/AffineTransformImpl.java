package dev.nngrade.grader.mutants.affine_column_into_b;

import dev.nngrade.contract.function.AffineTransform;

public class AffineTransformImpl implements AffineTransform {
  /** The mistake: the sums are added into the caller's b, which is returned as u. */
  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    if (w.length != b.length || (w.length > 0 && w[0].length != x.length)) {
      throw new IllegalArgumentException("shapes do not fit");
    }
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < x.length; j++) {
        b[i] += w[i][j] * x[j];
      }
    }
    return b;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    return new dev.nngrade.solution.AffineTransformImpl().rows(x, w, b);
  }
}
