package dev.nngrade.student;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

/** Lecture 002's 2-H-1 regression net; backward uses forward's z1 and y. */
public class RegressionBackpropImpl implements RegressionBackprop {
  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    int h = p.b1().length;
    if (x.length != p.w1().length || p.w2().length != h) {
      throw new IllegalArgumentException("x or the parameters do not fit");
    }
    double[] z1 = new double[h];
    for (int j = 0; j < h; j++) {
      Careful.Sum s = new Careful.Sum(p.b1()[j]);
      for (int i = 0; i < x.length; i++) {
        s.addProduct(x[i], p.w1()[i][j]);
      }
      double u = s.value();
      z1[j] = f == HiddenActivation.SIGMOID ? Careful.sigmoid(u) : Math.max(0.0, u);
    }
    double y = Careful.dot(z1, p.w2(), p.b2()[0]);
    return new RegressionForward(z1, y);
  }

  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    double[] z1 = fwd.z1();
    int h = z1.length;
    double delta2 = fwd.y() - d;
    double[] dw2 = new double[h];
    double[] delta1 = new double[h];
    for (int j = 0; j < h; j++) {
      dw2[j] = z1[j] * delta2;
      double deriv = f == HiddenActivation.SIGMOID ? z1[j] * (1.0 - z1[j]) : (z1[j] > 0 ? 1.0 : 0.0);
      delta1[j] = delta2 * p.w2()[j] * deriv;
    }
    double[][] dw1 = new double[x.length][h];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < h; j++) {
        dw1[i][j] = x[i] * delta1[j];
      }
    }
    return new RegressionParams(dw1, delta1.clone(), dw2, new double[] {delta2});
  }
}
