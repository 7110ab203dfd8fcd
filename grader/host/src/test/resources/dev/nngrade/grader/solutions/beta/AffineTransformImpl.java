package dev.nngrade.student;

import dev.nngrade.contract.function.AffineTransform;

public class AffineTransformImpl implements AffineTransform {
  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    int out = w.length;
    if (b.length != out) {
      throw new IllegalArgumentException("b has " + b.length + " entries, W has " + out + " rows");
    }
    double[] u = new double[out];
    for (int i = 0; i < out; i++) {
      if (w[i].length != x.length) {
        throw new IllegalArgumentException("W[" + i + "] has " + w[i].length + " entries, x has " + x.length);
      }
      // start from the bias, then add the products from the last to the first
      double s = b[i];
      for (int j = x.length - 1; j >= 0; j--) {
        s += w[i][j] * x[j];
      }
      u[i] = s;
    }
    return u;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    int in = w.length;
    int out = b.length;
    for (int i = 0; i < in; i++) {
      if (w[i].length != out) {
        throw new IllegalArgumentException("W[" + i + "] has " + w[i].length + " entries, b has " + out);
      }
    }
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != in) {
        throw new IllegalArgumentException("x[" + n + "] has " + x[n].length + " entries, W has " + in + " rows");
      }
    }
    double[][] u = new double[x.length][out];
    // one output column at a time
    for (int j = 0; j < out; j++) {
      for (int n = 0; n < x.length; n++) {
        double s = b[j];
        for (int i = 0; i < in; i++) {
          s += x[n][i] * w[i][j];
        }
        u[n][j] = s;
      }
    }
    return u;
  }
}
