package dev.nngrade.model;

import dev.nngrade.contract.layer.SigmoidLayer;

public class SigmoidLayerImpl implements SigmoidLayer {
  private double[][] out;

  @Override
  public double[][] forward(double[][] x) {
    out = new double[x.length][];
    for (int n = 0; n < x.length; n++) {
      out[n] = new double[x[n].length];
      for (int j = 0; j < x[n].length; j++) {
        out[n][j] = 1 / (1 + Math.exp(-x[n][j]));
      }
    }
    return out;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        dx[n][j] = dout[n][j] * out[n][j] * (1 - out[n][j]);
      }
    }
    return dx;
  }
}
