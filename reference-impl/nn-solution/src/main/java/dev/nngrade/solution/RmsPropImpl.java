package dev.nngrade.solution;

import dev.nngrade.contract.train.RmsProp;

public class RmsPropImpl extends OptimizerAdapter implements RmsProp {
  public RmsPropImpl(double lr, double decayRate) {
    super(new dev.nngrade.nn.optim.RmsProp(lr, decayRate, EPS));
  }
}
