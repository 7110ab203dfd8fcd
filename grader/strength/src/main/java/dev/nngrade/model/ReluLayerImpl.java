package dev.nngrade.model;

import dev.nngrade.contract.layer.ReluLayer;

public class ReluLayerImpl implements ReluLayer {
  private boolean[][] positive;

  @Override
  public double[][] forward(double[][] x) {
    positive = new boolean[x.length][];
    double[][] y = new double[x.length][];
    for (int n = 0; n < x.length; n++) {
      positive[n] = new boolean[x[n].length];
      y[n] = new double[x[n].length];
      for (int j = 0; j < x[n].length; j++) {
        positive[n][j] = x[n][j] > 0;
        y[n][j] = positive[n][j] ? x[n][j] : 0;
      }
    }
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        dx[n][j] = positive[n][j] ? dout[n][j] : 0;
      }
    }
    return dx;
  }
}
