package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.train.AdaGrad;
import java.util.Map;

/** {@link AdaGrad} の実装（課題: optimizers）。 Your implementation; the interface's Javadoc states the formula. */
public class AdaGradImpl implements AdaGrad {
  private final double lr;

  public AdaGradImpl(double lr) {
    this.lr = lr;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    // TODO
    throw NotImplemented.of(Exercise.OPTIMIZERS, "AdaGradImpl.update");
  }
}
