package dev.nngrade.student;

import dev.nngrade.contract.function.AffineTransform;

/** u = Wx + b with compensated dot products; U = XW + b in i-k-j order with fma. */
public class AffineTransformImpl implements AffineTransform {
  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    if (w == null || x == null || b == null) {
      throw new IllegalArgumentException("w, x and b are required");
    }
    if (w.length != b.length) {
      throw new IllegalArgumentException("W has " + w.length + " rows but b has " + b.length + " values");
    }
    double[] u = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (w[i] == null || w[i].length != x.length) {
        throw new IllegalArgumentException("row " + i + " of W does not have " + x.length + " columns");
      }
      u[i] = Careful.dot(w[i], x, b[i]);
    }
    return u;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    if (x == null || w == null || b == null) {
      throw new IllegalArgumentException("x, w and b are required");
    }
    return Careful.affineRows(x, w, b);
  }
}
