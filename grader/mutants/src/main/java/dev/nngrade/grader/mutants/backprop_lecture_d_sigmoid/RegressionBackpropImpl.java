package dev.nngrade.grader.mutants.backprop_lecture_d_sigmoid;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

public class RegressionBackpropImpl implements RegressionBackprop {
  private final RegressionBackprop ref = new dev.nngrade.solution.RegressionBackpropImpl();

  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    return ref.forward(p, x, f);
  }

  /** Lecture 002's slip: d_sigmoid applied to z1, which is already the sigmoid's output. */
  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    if (f == HiddenActivation.RELU) {
      return ref.backward(p, x, d, fwd, f);
    }
    double[] z = fwd.z1().clone();
    for (int j = 0; j < z.length; j++) {
      z[j] = 1 / (1 + Math.exp(-z[j]));
    }
    RegressionParams g = ref.backward(p, x, d, new RegressionForward(z, fwd.y()), f);
    return new RegressionParams(g.w1(), g.b1(), ref.backward(p, x, d, fwd, f).w2(), g.b2());
  }
}
