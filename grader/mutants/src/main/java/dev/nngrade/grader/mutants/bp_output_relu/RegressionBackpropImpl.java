package dev.nngrade.grader.mutants.bp_output_relu;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

public class RegressionBackpropImpl implements RegressionBackprop {
  private final RegressionBackprop ref = new dev.nngrade.solution.RegressionBackpropImpl();

  /** The mistake: the hidden activation applied to the output too, where the regression network's output is the identity. */
  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    RegressionForward r = ref.forward(p, x, f);
    double y = f == HiddenActivation.RELU ? Math.max(0, r.y()) : 1 / (1 + Math.exp(-r.y()));
    return new RegressionForward(r.z1(), y);
  }

  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    return ref.backward(p, x, d, fwd, f);
  }
}
