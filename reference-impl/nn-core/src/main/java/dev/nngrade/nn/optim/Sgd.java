package dev.nngrade.nn.optim;

import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Checks;
import java.util.List;

/** Stochastic gradient descent, {@code W ← W − η ∂L/∂W} (DLFS §6.1.2; lecture 002 確認テスト9). */
public final class Sgd implements Optimizer {
  /** The textbook's default learning rate. */
  public record Defaults(double lr) {}

  public static final Defaults DEFAULTS = new Defaults(0.01);

  private final double lr;

  public Sgd() {
    this(DEFAULTS.lr());
  }

  public Sgd(double lr) {
    this.lr = Checks.positive("learning rate", lr);
  }

  @Override
  public void update(List<Parameter> parameters) {
    for (Parameter p : parameters) {
      p.value().backend().sgdStep(p.value(), p.grad(), lr);
    }
  }

  @Override
  public String describe() {
    return "sgd(lr=" + lr + ")";
  }
}
