package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.train.RmsProp;
import java.util.Map;

/** {@link RmsProp} の実装（課題: optimizers）。 Your implementation; the interface's Javadoc states the formula. */
public class RmsPropImpl implements RmsProp {
  private final double lr;
  private final double decayRate;

  public RmsPropImpl(double lr, double decayRate) {
    this.lr = lr;
    this.decayRate = decayRate;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    // TODO
    throw NotImplemented.of(Exercise.OPTIMIZERS, "RmsPropImpl.update");
  }
}
