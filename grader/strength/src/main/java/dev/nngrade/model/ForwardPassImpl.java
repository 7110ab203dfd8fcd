package dev.nngrade.model;

import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;

public class ForwardPassImpl implements ForwardPass {
  private static final double DELTA = 1e-7;

  @Override
  public ForwardTrace forward(ForwardWeights w, double[] x) {
    double[] u1 = affine(x, w.w1(), w.b1());
    double[] z1 = new double[u1.length];
    for (int j = 0; j < u1.length; j++) {
      z1[j] = Math.max(0, u1[j]);
    }
    double[] u2 = affine(z1, w.w2(), w.b2());
    return new ForwardTrace(u1, z1, u2, softmax(u2));
  }

  @Override
  public double loss(ForwardWeights w, double[] x, double[] d) {
    double[] y = forward(w, x).y();
    double e = 0;
    for (int k = 0; k < y.length; k++) {
      e -= d[k] * Math.log(y[k] + DELTA);
    }
    return e;
  }

  /** {@code x W + b} for one row vector x. */
  private static double[] affine(double[] x, double[][] w, double[] b) {
    double[] u = b.clone();
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < b.length; j++) {
        u[j] += x[i] * w[i][j];
      }
    }
    return u;
  }

  private static double[] softmax(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double[] y = new double[a.length];
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      y[k] = Math.exp(a[k] - max);
      sum += y[k];
    }
    for (int k = 0; k < a.length; k++) {
      y[k] /= sum;
    }
    return y;
  }
}
