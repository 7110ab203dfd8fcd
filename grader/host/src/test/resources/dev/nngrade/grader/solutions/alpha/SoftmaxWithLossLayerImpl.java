package dev.nngrade.student;

import dev.nngrade.contract.layer.SoftmaxWithLossLayer;

/** Log-sum-exp softmax, cross-entropy with 1e-7 (compensated batch mean), backward (y − t)/N. */
public class SoftmaxWithLossLayerImpl implements SoftmaxWithLossLayer {
  private double[][] y;
  private double[][] t;

  @Override
  public double forward(double[][] x, double[][] t) {
    if (x == null || t == null || x.length != t.length || x.length == 0) {
      throw new IllegalArgumentException("x and t need the same, non-zero number of rows");
    }
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != t[n].length) {
        throw new IllegalArgumentException("row " + n + ": x and t differ in length");
      }
    }
    double[][] p = Careful.softmaxRows(x);
    Careful.Sum s = new Careful.Sum();
    for (int n = 0; n < p.length; n++) {
      s.add(Math.log(p[n][Careful.argmax(t[n])] + 1e-7));
    }
    this.y = p;
    this.t = Careful.copy(t);
    return -s.value() / p.length;
  }

  @Override
  public double[][] backward() {
    int n = y.length;
    double[][] dx = new double[n][];
    for (int i = 0; i < n; i++) {
      dx[i] = new double[y[i].length];
      for (int k = 0; k < y[i].length; k++) {
        dx[i][k] = (y[i][k] - t[i][k]) / n;
      }
    }
    return dx;
  }

  @Override
  public double[][] output() {
    return Careful.copy(y);
  }
}
