package dev.nngrade.student;

import dev.nngrade.contract.layer.SigmoidLayer;

/** y = σ(x) (overflow-free), dx = dout · y(1 − y) with the kept y. */
public class SigmoidLayerImpl implements SigmoidLayer {
  private double[][] y;

  @Override
  public double[][] forward(double[][] x) {
    double[][] out = new double[x.length][];
    for (int n = 0; n < x.length; n++) {
      out[n] = new double[x[n].length];
      for (int j = 0; j < x[n].length; j++) {
        out[n][j] = Careful.sigmoid(x[n][j]);
      }
    }
    y = out;
    return Careful.copy(out);
  }

  @Override
  public double[][] backward(double[][] dout) {
    if (dout.length != y.length) {
      throw new IllegalArgumentException("dout must have " + y.length + " rows");
    }
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      if (dout[n].length != y[n].length) {
        throw new IllegalArgumentException("row " + n + " of dout must have " + y[n].length + " values");
      }
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        double s = y[n][j];
        dx[n][j] = dout[n][j] * (s * (1.0 - s));
      }
    }
    return dx;
  }
}
