package dev.nngrade.grader.mutants.ng_descend_updates_while_differentiating;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  private final NumericalGradient ref = new dev.nngrade.solution.NumericalGradientImpl();

  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    return ref.gradient(f, x);
  }

  /** The mistake: each element moves as soon as its partial derivative is known, so the next ones are taken at a point already moved. */
  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    double[] x = init.clone();
    for (int s = 0; s < steps; s++) {
      for (int i = 0; i < x.length; i++) {
        double keep = x[i];
        x[i] = keep + H;
        double plus = f.applyAsDouble(x);
        x[i] = keep - H;
        double minus = f.applyAsDouble(x);
        x[i] = keep - learningRate * (plus - minus) / (2 * H);
      }
    }
    return x;
  }
}
