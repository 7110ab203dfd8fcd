package dev.nngrade.student;

import dev.nngrade.contract.layer.AffineLayer;

public class AffineLayerImpl implements AffineLayer {
  private final double[][] w;
  private final double[] b;
  private double[][] x;
  private double[][] dw;
  private double[] db;

  public AffineLayerImpl(double[][] w, double[] b) {
    for (double[] row : w) {
      if (row.length != b.length) {
        throw new IllegalArgumentException("W rows must have " + b.length + " entries");
      }
    }
    this.w = w;
    this.b = b;
  }

  @Override
  public double[][] forward(double[][] x) {
    int in = w.length;
    int out = b.length;
    for (double[] row : x) {
      if (row.length != in) {
        throw new IllegalArgumentException("rows of x must have " + in + " entries");
      }
    }
    this.x = x;
    double[][] y = new double[x.length][out];
    for (int j = 0; j < out; j++) {
      for (int n = 0; n < x.length; n++) {
        double s = 0;
        for (int i = 0; i < in; i++) {
          s += x[n][i] * w[i][j];
        }
        y[n][j] = s + b[j];
      }
    }
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    int in = w.length;
    int out = b.length;
    if (dout.length != x.length) {
      throw new IllegalArgumentException("dout must have " + x.length + " rows");
    }
    for (double[] row : dout) {
      if (row.length != out) {
        throw new IllegalArgumentException("rows of dout must have " + out + " entries");
      }
    }
    double[][] dx = new double[dout.length][in];
    for (int i = 0; i < in; i++) {
      for (int n = 0; n < dout.length; n++) {
        double s = 0;
        for (int j = out - 1; j >= 0; j--) {
          s += dout[n][j] * w[i][j];
        }
        dx[n][i] = s;
      }
    }
    double[][] gw = new double[in][out];
    double[] gb = new double[out];
    for (int n = 0; n < dout.length; n++) {
      for (int j = 0; j < out; j++) {
        gb[j] += dout[n][j];
        for (int i = 0; i < in; i++) {
          gw[i][j] += x[n][i] * dout[n][j];
        }
      }
    }
    dw = gw;
    db = gb;
    return dx;
  }

  @Override
  public double[][] dW() {
    return dw;
  }

  @Override
  public double[] db() {
    return db;
  }
}
