package dev.nngrade.grader.mutants.ng_descend_fixed_rate;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  private final NumericalGradient ref = new dev.nngrade.solution.NumericalGradientImpl();

  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    return ref.gradient(f, x);
  }

  /** The mistake: the lecture's learning rate 0.1 written in instead of the argument. */
  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    double[] x = init.clone();
    for (int s = 0; s < steps; s++) {
      double[] g = gradient(f, x);
      for (int i = 0; i < x.length; i++) {
        x[i] -= 0.1 * g[i];
      }
    }
    return x;
  }
}
