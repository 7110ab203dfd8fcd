package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;

/** {@link ForwardPass} の実装（課題: forward3）。 Your implementation; the interface's Javadoc states the formula. */
public class ForwardPassImpl implements ForwardPass {
  @Override
  public ForwardTrace forward(ForwardWeights w, double[] x) {
    // TODO
    throw NotImplemented.of(Exercise.FORWARD3, "ForwardPassImpl.forward");
  }

  @Override
  public double loss(ForwardWeights w, double[] x, double[] d) {
    // TODO
    throw NotImplemented.of(Exercise.FORWARD3, "ForwardPassImpl.loss");
  }
}
