package dev.nngrade.model;

import dev.nngrade.contract.function.AffineTransform;

public class AffineTransformImpl implements AffineTransform {
  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    if (w.length != b.length) {
      throw new IllegalArgumentException("column form: W has " + w.length + " rows but b has " + b.length + " elements");
    }
    double[] u = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (w[i].length != x.length) {
        throw new IllegalArgumentException("column form: row " + i + " of W has " + w[i].length + " columns but x has " + x.length + " elements");
      }
      double sum = b[i];
      for (int j = 0; j < x.length; j++) {
        sum += w[i][j] * x[j];
      }
      u[i] = sum;
    }
    return u;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    for (double[] row : w) {
      if (row.length != b.length) {
        throw new IllegalArgumentException("row form: W has rows of " + row.length + " columns but b has " + b.length + " elements");
      }
    }
    double[][] u = new double[x.length][b.length];
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != w.length) {
        throw new IllegalArgumentException("row form: row " + n + " of X has " + x[n].length + " elements but W has " + w.length + " rows");
      }
      for (int j = 0; j < b.length; j++) {
        double sum = b[j];
        for (int i = 0; i < w.length; i++) {
          sum += x[n][i] * w[i][j];
        }
        u[n][j] = sum;
      }
    }
    return u;
  }
}
