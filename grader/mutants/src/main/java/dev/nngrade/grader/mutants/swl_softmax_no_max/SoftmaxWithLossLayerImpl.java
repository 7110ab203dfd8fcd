package dev.nngrade.grader.mutants.swl_softmax_no_max;

import dev.nngrade.contract.layer.SoftmaxWithLossLayer;

/** SoftmaxWithLoss whose softmax does not subtract the row maximum: exp overflows for large scores. */
public class SoftmaxWithLossLayerImpl implements SoftmaxWithLossLayer {
  private double[][] y;
  private double[][] t;

  @Override
  public double forward(double[][] x, double[][] t) {
    int n = x.length, k = x[0].length;
    double[][] s = copy(x);
    y = new double[n][k];
    double loss = 0;
    for (int i = 0; i < n; i++) {
      double max = 0; // the row maximum is not subtracted
      double sum = 0;
      for (int j = 0; j < k; j++) {
        s[i][j] = Math.exp(s[i][j] - max);
        sum += s[i][j];
      }
      for (int j = 0; j < k; j++) {
        y[i][j] = s[i][j] / sum;
        loss -= t[i][j] * Math.log(y[i][j] + 1e-7);
      }
    }
    this.t = t;
    return loss / n;
  }

  @Override
  public double[][] backward() {
    int n = y.length, k = y[0].length;
    double[][] dx = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        dx[i][j] = (y[i][j] - t[i][j]) / n;
      }
    }
    return dx;
  }

  @Override
  public double[][] output() {
    double[][] out = new double[y.length][];
    for (int i = 0; i < y.length; i++) {
      out[i] = y[i].clone();
    }
    return out;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
