package dev.nngrade.student;

import dev.nngrade.contract.layer.AffineLayer;

public class AffineLayerImpl implements AffineLayer {
  private final double[][] w;
  private final double[] b;
  private double[][] x;
  private double[][] dW;
  private double[] db;

  public AffineLayerImpl(double[][] w, double[] b) {
    this.w = w;
    this.b = b;
  }

  @Override
  public double[][] forward(double[][] x) {
    this.x = x;
    double[][] y = new double[x.length][b.length];
    for (int n = 0; n < x.length; n++) {
      for (int j = 0; j < b.length; j++) {
        double s = b[j];
        for (int i = 0; i < w.length; i++) {
          s += x[n][i] * w[i][j];
        }
        y[n][j] = s;
      }
    }
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][w.length];
    dW = new double[w.length][b.length];
    db = new double[b.length];
    for (int n = 0; n < dout.length; n++) {
      for (int j = 0; j < b.length; j++) {
        db[j] += dout[n][j];
        for (int i = 0; i < w.length; i++) {
          dx[n][i] += dout[n][j] * w[i][j];
          dW[i][j] += x[n][i] * dout[n][j];
        }
      }
    }
    return dx;
  }

  @Override
  public double[][] dW() {
    return dW;
  }

  @Override
  public double[] db() {
    return db;
  }
}
