package dev.nngrade.student;

import dev.nngrade.contract.layer.SigmoidLayer;

public class SigmoidLayerImpl implements SigmoidLayer {
  private double[][] out;

  @Override
  public double[][] forward(double[][] x) {
    double[][] y = new double[x.length][];
    for (int n = 0; n < x.length; n++) {
      y[n] = new double[x[n].length];
      for (int j = 0; j < x[n].length; j++) {
        y[n][j] = 0.5 * (1.0 + Math.tanh(0.5 * x[n][j]));
      }
    }
    out = y;
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    if (dout.length != out.length) {
      throw new IllegalArgumentException("dout must have " + out.length + " rows");
    }
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      if (dout[n].length != out[n].length) {
        throw new IllegalArgumentException("dout[" + n + "] must have " + out[n].length + " entries");
      }
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        dx[n][j] = dout[n][j] * (1.0 - out[n][j]) * out[n][j];
      }
    }
    return dx;
  }
}
