package dev.nngrade.grader.mutants.bp_relu_recomputes_forward;

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

  /** The mistake: for ReLU, forward is run again instead of using the z1 and y it was given (the sigmoid path reuses them). */
  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    return ref.backward(p, x, d, f == HiddenActivation.RELU ? ref.forward(p, x, f) : fwd, f);
  }
}
