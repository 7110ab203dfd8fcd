package dev.nngrade.student;

import dev.nngrade.contract.layer.SoftmaxWithLossLayer;

public class SoftmaxWithLossLayerImpl implements SoftmaxWithLossLayer {
  private double[][] y;
  private double[][] t;

  @Override
  public double forward(double[][] x, double[][] t) {
    if (x.length != t.length || x.length == 0) {
      throw new IllegalArgumentException("x has " + x.length + " rows, t has " + t.length);
    }
    SoftmaxImpl sm = new SoftmaxImpl();
    double[][] p = new double[x.length][];
    double total = 0;
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != t[n].length) {
        throw new IllegalArgumentException("x[" + n + "] and t[" + n + "] differ in length");
      }
      p[n] = sm.softmax(x[n]);
      for (int k = 0; k < p[n].length; k++) {
        total += t[n][k] * Math.log(p[n][k] + 1e-7);
      }
    }
    this.y = p;
    this.t = t;
    return -total / x.length;
  }

  @Override
  public double[][] backward() {
    double scale = 1.0 / y.length;
    double[][] dx = new double[y.length][];
    for (int n = 0; n < y.length; n++) {
      dx[n] = new double[y[n].length];
      for (int k = 0; k < y[n].length; k++) {
        dx[n][k] = (y[n][k] - t[n][k]) * scale;
      }
    }
    return dx;
  }

  @Override
  public double[][] output() {
    return y;
  }
}
