package dev.nngrade.student;

import dev.nngrade.contract.layer.SigmoidLayer;

public class SigmoidLayerImpl implements SigmoidLayer {
  private double[][] y;

  @Override
  public double[][] forward(double[][] x) {
    y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        y[i][j] = 1 / (1 + Math.exp(-x[i][j]));
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
        dx[i][j] = dout[i][j] * y[i][j] * (1 - y[i][j]);
      }
    }
    return dx;
  }
}
