package dev.nngrade.grader.mutants.ng_no_restore;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      x[i] = keep + H;
      double plus = f.applyAsDouble(x);
      x[i] = keep - H;
      g[i] = (plus - f.applyAsDouble(x)) / (2 * H);
    }
    return g;
  }

  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    return new dev.nngrade.solution.NumericalGradientImpl().descend(f, init, learningRate, steps);
  }
}
