package dev.nngrade.model;

import dev.nngrade.contract.layer.SoftmaxWithLossLayer;

public class SoftmaxWithLossLayerImpl implements SoftmaxWithLossLayer {
  private static final double DELTA = 1e-7;

  private double[][] y;
  private double[][] t;

  @Override
  public double forward(double[][] x, double[][] t) {
    double[][] y = new double[x.length][];
    double loss = 0;
    for (int n = 0; n < x.length; n++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : x[n]) {
        max = Math.max(max, v);
      }
      y[n] = new double[x[n].length];
      double sum = 0;
      for (int k = 0; k < x[n].length; k++) {
        y[n][k] = Math.exp(x[n][k] - max);
        sum += y[n][k];
      }
      for (int k = 0; k < x[n].length; k++) {
        y[n][k] /= sum;
        loss -= t[n][k] * Math.log(y[n][k] + DELTA);
      }
    }
    this.y = y;
    this.t = t;
    return loss / x.length;
  }

  @Override
  public double[][] backward() {
    int batch = y.length;
    double[][] dx = new double[batch][];
    for (int n = 0; n < batch; n++) {
      dx[n] = new double[y[n].length];
      for (int k = 0; k < y[n].length; k++) {
        dx[n][k] = (y[n][k] - t[n][k]) / batch;
      }
    }
    return dx;
  }

  @Override
  public double[][] output() {
    return y;
  }
}
