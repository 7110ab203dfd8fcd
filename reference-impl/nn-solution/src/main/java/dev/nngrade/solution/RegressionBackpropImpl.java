package dev.nngrade.solution;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;
import dev.nngrade.nn.backend.Activation;

/**
 * Lecture 002's {@code forward}/{@code backward} written out as the lecture writes them (one sample,
 * scalar output). The hidden derivative comes from nn-core's activation, evaluated on the kept output
 * z1 (for ReLU, {@code z1 > 0} exactly when {@code u1 > 0}).
 */
public class RegressionBackpropImpl implements RegressionBackprop {
  static Activation activation(HiddenActivation f) {
    return f == HiddenActivation.RELU ? Activation.RELU : Activation.SIGMOID;
  }

  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    check(p, x);
    int h = p.b1().length;
    double[] z1 = new double[h];
    double y = p.b2()[0];
    for (int j = 0; j < h; j++) {
      double u = p.b1()[j];
      for (int i = 0; i < x.length; i++) {
        u += x[i] * p.w1()[i][j];
      }
      z1[j] = activation(f).apply(u);
      y += z1[j] * p.w2()[j];
    }
    return new RegressionForward(z1, y);
  }

  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    check(p, x);
    int h = p.b1().length;
    double delta2 = fwd.y() - d;
    double[] dw2 = new double[h], db1 = new double[h];
    double[][] dw1 = new double[x.length][h];
    for (int j = 0; j < h; j++) {
      double z = fwd.z1()[j];
      dw2[j] = z * delta2;
      double slope = f == HiddenActivation.RELU ? (z > 0 ? 1.0 : 0.0) : activation(f).derivative(Double.NaN, z);
      db1[j] = delta2 * p.w2()[j] * slope;
      for (int i = 0; i < x.length; i++) {
        dw1[i][j] = x[i] * db1[j];
      }
    }
    return new RegressionParams(dw1, db1, dw2, new double[] {delta2});
  }

  private static void check(RegressionParams p, double[] x) {
    if (p.w1().length != x.length || p.b2().length != 1 || p.w2().length != p.b1().length) {
      throw new IllegalArgumentException("regression network: W1 has " + p.w1().length + " rows for " + x.length
          + " inputs, b1 " + p.b1().length + ", W2 " + p.w2().length + ", b2 " + p.b2().length + " (expected [in][H], [H], [H], [1])");
    }
  }
}
