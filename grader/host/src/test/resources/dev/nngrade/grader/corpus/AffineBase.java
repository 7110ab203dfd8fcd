package dev.nngrade.student;

import dev.nngrade.contract.function.AffineTransform;

/** The honest affine maps; an attacker's subclass adds an error unless its attack worked, so its points show whether it did. */
public abstract class AffineBase implements AffineTransform {
  /** Whether the attack worked (each attacker's Probe decides once). */
  protected abstract boolean open();

  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    if (w.length != b.length) {
      throw new IllegalArgumentException("W has " + w.length + " rows but b has " + b.length + " elements");
    }
    double[] u = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (w[i].length != x.length) {
        throw new IllegalArgumentException("row " + i + " of W has " + w[i].length + " columns but x has " + x.length);
      }
      u[i] = b[i];
      for (int j = 0; j < x.length; j++) {
        u[i] += w[i][j] * x[j];
      }
    }
    if (!open() && u.length > 0) {
      u[0] += 1;
    }
    return u;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    double[][] u = new double[x.length][b.length];
    for (double[] row : w) {
      if (row.length != b.length) {
        throw new IllegalArgumentException("W has " + row.length + " columns but b has " + b.length);
      }
    }
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != w.length) {
        throw new IllegalArgumentException("X has " + x[n].length + " columns but W has " + w.length + " rows");
      }
      for (int j = 0; j < b.length; j++) {
        double s = b[j];
        for (int i = 0; i < w.length; i++) {
          s += x[n][i] * w[i][j];
        }
        u[n][j] = s;
      }
    }
    if (!open() && u.length > 0 && u[0].length > 0) {
      u[0][0] += 1;
    }
    return u;
  }
}
