package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.AdamForm;
import java.util.Map;

/** {@link Adam} の実装（課題: optimizers）。 Your implementation; the interface's Javadoc states the formula. */
public class AdamImpl implements Adam {
  private final double lr;
  private final double beta1;
  private final double beta2;
  private final AdamForm form;

  public AdamImpl(double lr, double beta1, double beta2, AdamForm form) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.form = form;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    // TODO
    throw NotImplemented.of(Exercise.OPTIMIZERS, "AdamImpl.update");
  }
}
