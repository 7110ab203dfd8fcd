package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

/** {@link RegressionBackprop} の実装（課題: backprop2）。 Your implementation; the interface's Javadoc states the formula. */
public class RegressionBackpropImpl implements RegressionBackprop {
  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    // TODO
    throw NotImplemented.of(Exercise.BACKPROP2, "RegressionBackpropImpl.forward");
  }

  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    // TODO
    throw NotImplemented.of(Exercise.BACKPROP2, "RegressionBackpropImpl.backward");
  }
}
