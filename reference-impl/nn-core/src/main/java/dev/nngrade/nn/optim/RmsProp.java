package dev.nngrade.nn.optim;

import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Checks;
import java.util.List;

/** RMSprop (DLFS {@code common/optimizer.py}): {@code h ← ρ h + (1 − ρ) g²; W ← W − η g / (√h + 1e-7)}, ρ = 0.99. */
public final class RmsProp implements Optimizer {
  public record Defaults(double lr, double decayRate, double eps) {}

  public static final Defaults DEFAULTS = new Defaults(0.01, 0.99, 1e-7);

  private final double lr;
  private final double decayRate;
  private final double eps;
  private final StatefulOptimizer h = new StatefulOptimizer();

  public RmsProp() {
    this(DEFAULTS.lr(), DEFAULTS.decayRate(), DEFAULTS.eps());
  }

  public RmsProp(double lr, double decayRate, double eps) {
    this.lr = Checks.positive("learning rate", lr);
    this.decayRate = Checks.inUnitInterval("decay rate", decayRate);
    this.eps = Checks.positive("eps", eps);
  }

  @Override
  public void update(List<Parameter> parameters) {
    for (Parameter p : parameters) {
      p.value().backend().rmsPropStep(p.value(), p.grad(), h.of(p), lr, decayRate, eps);
    }
  }

  @Override
  public String describe() {
    return "rmsprop(lr=" + lr + ", decay=" + decayRate + ", eps=" + eps + ")";
  }
}
