package dev.nngrade.nn.optim;

import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Checks;
import java.util.List;

/** Momentum SGD (DLFS §6.1.4): {@code v ← α v − η g; W ← W + v}. */
public final class Momentum implements Optimizer {
  public record Defaults(double lr, double momentum) {}

  public static final Defaults DEFAULTS = new Defaults(0.01, 0.9);

  private final double lr;
  private final double momentum;
  private final StatefulOptimizer velocity = new StatefulOptimizer();

  public Momentum() {
    this(DEFAULTS.lr(), DEFAULTS.momentum());
  }

  public Momentum(double lr, double momentum) {
    this.lr = Checks.positive("learning rate", lr);
    this.momentum = Checks.inUnitInterval("momentum", momentum);
  }

  @Override
  public void update(List<Parameter> parameters) {
    for (Parameter p : parameters) {
      p.value().backend().momentumStep(p.value(), p.grad(), velocity.of(p), lr, momentum);
    }
  }

  @Override
  public String describe() {
    return "momentum(lr=" + lr + ", momentum=" + momentum + ")";
  }
}
