package dev.nngrade.solution;

import dev.nngrade.contract.train.Sgd;

public class SgdImpl extends OptimizerAdapter implements Sgd {
  public SgdImpl(double lr) {
    super(new dev.nngrade.nn.optim.Sgd(lr));
  }
}
