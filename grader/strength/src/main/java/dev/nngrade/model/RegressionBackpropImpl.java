package dev.nngrade.model;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

public class RegressionBackpropImpl implements RegressionBackprop {
  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    int h = p.b1().length;
    double[] z1 = new double[h];
    double y = p.b2()[0];
    for (int j = 0; j < h; j++) {
      double u = p.b1()[j];
      for (int i = 0; i < x.length; i++) {
        u += x[i] * p.w1()[i][j];
      }
      z1[j] = f == HiddenActivation.RELU ? Math.max(0, u) : 1 / (1 + Math.exp(-u));
      y += z1[j] * p.w2()[j];
    }
    return new RegressionForward(z1, y);
  }

  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    int h = p.b1().length;
    double delta2 = fwd.y() - d;
    double[] dw2 = new double[h], delta1 = new double[h];
    double[][] dw1 = new double[x.length][h];
    for (int j = 0; j < h; j++) {
      double z = fwd.z1()[j];
      dw2[j] = z * delta2;
      // the derivative from the kept output (確認テスト12): z(1 − z), or 1 where ReLU let u through
      double slope = f == HiddenActivation.RELU ? (z > 0 ? 1 : 0) : z * (1 - z);
      delta1[j] = delta2 * p.w2()[j] * slope;
      for (int i = 0; i < x.length; i++) {
        dw1[i][j] = x[i] * delta1[j];
      }
    }
    return new RegressionParams(dw1, delta1, dw2, new double[] {delta2});
  }
}
