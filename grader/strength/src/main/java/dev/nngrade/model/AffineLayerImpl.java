package dev.nngrade.model;

import dev.nngrade.contract.layer.AffineLayer;

public class AffineLayerImpl implements AffineLayer {
  private final double[][] w;
  private final double[] b;
  private double[][] x;
  private double[][] dw;
  private double[] db;

  public AffineLayerImpl(double[][] w, double[] b) {
    this.w = w;
    this.b = b;
  }

  @Override
  public double[][] forward(double[][] x) {
    double[][] y = new double[x.length][b.length];
    for (int n = 0; n < x.length; n++) {
      for (int j = 0; j < b.length; j++) {
        double sum = b[j];
        for (int i = 0; i < w.length; i++) {
          sum += x[n][i] * w[i][j];
        }
        y[n][j] = sum;
      }
    }
    this.x = x;
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    int in = w.length, out = b.length;
    double[][] dx = new double[x.length][in];
    dw = new double[in][out];
    db = new double[out];
    for (int n = 0; n < x.length; n++) {
      for (int j = 0; j < out; j++) {
        double g = dout[n][j];
        db[j] += g;
        for (int i = 0; i < in; i++) {
          dx[n][i] += g * w[i][j];
          dw[i][j] += x[n][i] * g;
        }
      }
    }
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
