package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.train.Sgd;
import java.util.Map;

/** {@link Sgd} の実装（課題: optimizers）。 Your implementation; the interface's Javadoc states the formula. */
public class SgdImpl implements Sgd {
  private final double lr;

  public SgdImpl(double lr) {
    this.lr = lr;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    // TODO
    throw NotImplemented.of(Exercise.OPTIMIZERS, "SgdImpl.update");
  }
}
