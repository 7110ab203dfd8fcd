package dev.nngrade.student;

import dev.nngrade.contract.layer.ReluLayer;

/** y = max(0, x); backward multiplies by the 0/1 mask kept by forward. */
public class ReluLayerImpl implements ReluLayer {
  private double[][] mask;

  @Override
  public double[][] forward(double[][] x) {
    double[][] out = new double[x.length][];
    mask = new double[x.length][];
    for (int n = 0; n < x.length; n++) {
      out[n] = new double[x[n].length];
      mask[n] = new double[x[n].length];
      for (int j = 0; j < x[n].length; j++) {
        mask[n][j] = x[n][j] > 0 ? 1.0 : 0.0;
        out[n][j] = Math.max(0.0, x[n][j]);
      }
    }
    return out;
  }

  @Override
  public double[][] backward(double[][] dout) {
    if (dout.length != mask.length) {
      throw new IllegalArgumentException("dout must have " + mask.length + " rows");
    }
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      if (dout[n].length != mask[n].length) {
        throw new IllegalArgumentException("row " + n + " of dout must have " + mask[n].length + " values");
      }
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        dx[n][j] = dout[n][j] * mask[n][j];
      }
    }
    return dx;
  }
}
