package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.train.Momentum;
import java.util.Map;

/** {@link Momentum} の実装（課題: optimizers）。 Your implementation; the interface's Javadoc states the formula. */
public class MomentumImpl implements Momentum {
  private final double lr;
  private final double momentum;

  public MomentumImpl(double lr, double momentum) {
    this.lr = lr;
    this.momentum = momentum;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    // TODO
    throw NotImplemented.of(Exercise.OPTIMIZERS, "MomentumImpl.update");
  }
}
