package dev.nngrade.student;

import dev.nngrade.contract.layer.ReluLayer;

public class ReluLayerImpl implements ReluLayer {
  private boolean[][] mask;

  @Override
  public double[][] forward(double[][] x) {
    mask = new boolean[x.length][];
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      mask[i] = new boolean[x[i].length];
      y[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        mask[i][j] = x[i][j] > 0;
        y[i][j] = mask[i][j] ? x[i][j] : 0;
      }
    }
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][];
    for (int i = 0; i < dout.length; i++) {
      dx[i] = new double[dout[i].length];
      for (int j = 0; j < dout[i].length; j++) {
        dx[i][j] = mask[i][j] ? dout[i][j] : 0;
      }
    }
    return dx;
  }
}
