package dev.nngrade.grader.mutants.affine_cached_transpose;

import dev.nngrade.contract.layer.AffineLayer;

/** Affine layer that computes Wᵀ once, at its first backward, and keeps using it after W has changed in place. */
public class AffineLayerImpl implements AffineLayer {
  private final double[][] w;
  private final double[] b;
  private double[][] wT;
  private double[][] x;
  private double[][] dw;
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
    if (wT == null) {
      wT = new double[b.length][w.length];
      for (int i = 0; i < w.length; i++) {
        for (int j = 0; j < b.length; j++) {
          wT[j][i] = w[i][j];
        }
      }
    }
    double[][] dx = new double[dout.length][w.length];
    dw = new double[w.length][b.length];
    db = new double[b.length];
    for (int n = 0; n < dout.length; n++) {
      for (int i = 0; i < w.length; i++) {
        double s = 0;
        for (int j = 0; j < b.length; j++) {
          s += dout[n][j] * wT[j][i];
        }
        dx[n][i] = s;
      }
      for (int j = 0; j < b.length; j++) {
        db[j] += dout[n][j];
        for (int i = 0; i < w.length; i++) {
          dw[i][j] += x[n][i] * dout[n][j];
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
