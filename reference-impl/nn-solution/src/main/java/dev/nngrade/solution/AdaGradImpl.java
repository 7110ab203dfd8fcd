package dev.nngrade.solution;

import dev.nngrade.contract.train.AdaGrad;

public class AdaGradImpl extends OptimizerAdapter implements AdaGrad {
  public AdaGradImpl(double lr) {
    super(new dev.nngrade.nn.optim.AdaGrad(lr, EPS));
  }
}
