package dev.nngrade.student;

import dev.nngrade.contract.function.AffineTransform;

public class AffineTransformImpl implements AffineTransform {
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
    return u;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    int out = b.length;
    double[][] u = new double[x.length][out];
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != w.length) {
        throw new IllegalArgumentException("X has " + x[n].length + " columns but W has " + w.length + " rows");
      }
      for (int j = 0; j < out; j++) {
        double s = b[j];
        for (int i = 0; i < w.length; i++) {
          if (w[i].length != out) {
            throw new IllegalArgumentException("W has " + w[i].length + " columns but b has " + out);
          }
          s += x[n][i] * w[i][j];
        }
        u[n][j] = s;
      }
    }
    return u;
  }
}
