package dev.nngrade.nn.optim;

import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Checks;
import java.util.List;

/** AdaGrad (DLFS §6.1.5): {@code h ← h + g²; W ← W − η g / (√h + 1e-7)}. */
public final class AdaGrad implements Optimizer {
  public record Defaults(double lr, double eps) {}

  public static final Defaults DEFAULTS = new Defaults(0.01, 1e-7);

  private final double lr;
  private final double eps;
  private final StatefulOptimizer h = new StatefulOptimizer();

  public AdaGrad() {
    this(DEFAULTS.lr(), DEFAULTS.eps());
  }

  public AdaGrad(double lr, double eps) {
    this.lr = Checks.positive("learning rate", lr);
    this.eps = Checks.positive("eps", eps);
  }

  @Override
  public void update(List<Parameter> parameters) {
    for (Parameter p : parameters) {
      p.value().backend().adaGradStep(p.value(), p.grad(), h.of(p), lr, eps);
    }
  }

  @Override
  public String describe() {
    return "adagrad(lr=" + lr + ", eps=" + eps + ")";
  }
}
