package dev.nngrade.student;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

public class RegressionBackpropImpl implements RegressionBackprop {
  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    double[][] w1 = p.w1();
    int hidden = p.b1().length;
    if (w1.length != x.length || p.w2().length != hidden) {
      throw new IllegalArgumentException("the parameters do not fit x");
    }
    double[] z1 = new double[hidden];
    for (int j = 0; j < hidden; j++) {
      double u = p.b1()[j];
      for (int i = x.length - 1; i >= 0; i--) {
        u += x[i] * w1[i][j];
      }
      if (f == HiddenActivation.RELU) {
        z1[j] = u > 0 ? u : 0.0;
      } else {
        z1[j] = 0.5 * (1.0 + Math.tanh(0.5 * u));
      }
    }
    double y = 0;
    for (int j = 0; j < hidden; j++) {
      y += z1[j] * p.w2()[j];
    }
    y += p.b2()[0];
    return new RegressionForward(z1, y);
  }

  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    double[] z1 = fwd.z1();
    double delta2 = fwd.y() - d;
    int hidden = z1.length;
    double[] gw2 = new double[hidden];
    double[] delta1 = new double[hidden];
    for (int j = 0; j < hidden; j++) {
      gw2[j] = delta2 * z1[j];
      double fprime;
      if (f == HiddenActivation.RELU) {
        fprime = z1[j] > 0 ? 1 : 0;
      } else {
        fprime = (1 - z1[j]) * z1[j];
      }
      delta1[j] = (delta2 * p.w2()[j]) * fprime;
    }
    double[][] gw1 = new double[x.length][hidden];
    double[] gb1 = new double[hidden];
    for (int j = 0; j < hidden; j++) {
      gb1[j] = delta1[j];
      for (int i = 0; i < x.length; i++) {
        gw1[i][j] = delta1[j] * x[i];
      }
    }
    return new RegressionParams(gw1, gb1, gw2, new double[] {delta2});
  }
}
