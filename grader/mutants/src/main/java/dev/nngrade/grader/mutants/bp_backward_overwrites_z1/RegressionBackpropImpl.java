package dev.nngrade.grader.mutants.bp_backward_overwrites_z1;

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

  /** The mistake: the slope f'(u1) is written over the z1 that forward returned, once the gradients no longer need it. */
  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    RegressionParams g = ref.backward(p, x, d, fwd, f);
    double[] z = fwd.z1();
    for (int j = 0; j < z.length; j++) {
      z[j] = f == HiddenActivation.RELU ? (z[j] > 0 ? 1 : 0) : z[j] * (1 - z[j]);
    }
    return g;
  }
}
