package dev.nngrade.solution;

import dev.nngrade.contract.train.Momentum;

public class MomentumImpl extends OptimizerAdapter implements Momentum {
  public MomentumImpl(double lr, double momentum) {
    super(new dev.nngrade.nn.optim.Momentum(lr, momentum));
  }
}
