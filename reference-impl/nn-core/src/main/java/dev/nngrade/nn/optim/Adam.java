package dev.nngrade.nn.optim;

import dev.nngrade.nn.backend.AdamConvention;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Checks;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba, arXiv:1412.6980; DLFS §6.1.6) in either of the lectures' two forms ({@link
 * AdamConvention}). The step counter starts at 1 on the first {@code update}.
 */
public final class Adam implements Optimizer {
  public record Defaults(double lr, double beta1, double beta2, double eps) {}

  /** The textbook: {@code lr = 0.001, β1 = 0.9, β2 = 0.999}, {@code 1e-7} added after the square root. */
  public static final Defaults TEXTBOOK_DEFAULTS = new Defaults(0.001, 0.9, 0.999, 1e-7);

  /** Lecture 000 (ε inside the root): the paper's {@code ε = 1e-8}; the lecture gives no value. */
  public static final Defaults EPSILON_INSIDE_ROOT_DEFAULTS = new Defaults(0.001, 0.9, 0.999, 1e-8);

  private final Defaults hyper;
  private final AdamConvention convention;
  private final StatefulOptimizer m = new StatefulOptimizer();
  private final StatefulOptimizer v = new StatefulOptimizer();
  private int step;

  public Adam(Defaults hyper, AdamConvention convention) {
    Checks.positive("learning rate", hyper.lr());
    Checks.inUnitInterval("beta1", hyper.beta1());
    Checks.inUnitInterval("beta2", hyper.beta2());
    Checks.positive("eps", hyper.eps());
    this.hyper = hyper;
    this.convention = convention;
  }

  public static Adam textbook() {
    return new Adam(TEXTBOOK_DEFAULTS, AdamConvention.TEXTBOOK);
  }

  public static Adam textbook(double lr) {
    Defaults d = TEXTBOOK_DEFAULTS;
    return new Adam(new Defaults(lr, d.beta1(), d.beta2(), d.eps()), AdamConvention.TEXTBOOK);
  }

  public static Adam epsilonInsideRoot(double lr) {
    Defaults d = EPSILON_INSIDE_ROOT_DEFAULTS;
    return new Adam(new Defaults(lr, d.beta1(), d.beta2(), d.eps()), AdamConvention.EPSILON_INSIDE_ROOT);
  }

  @Override
  public void update(List<Parameter> parameters) {
    step++;
    for (Parameter p : parameters) {
      p.value().backend().adamStep(
          p.value(), p.grad(), m.of(p), v.of(p), step, hyper.lr(), hyper.beta1(), hyper.beta2(), hyper.eps(), convention);
    }
  }

  @Override
  public String describe() {
    return "adam(lr=" + hyper.lr() + ", beta1=" + hyper.beta1() + ", beta2=" + hyper.beta2() + ", eps=" + hyper.eps() + ", "
        + convention.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
