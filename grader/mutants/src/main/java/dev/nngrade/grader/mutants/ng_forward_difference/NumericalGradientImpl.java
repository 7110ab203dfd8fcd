package dev.nngrade.grader.mutants.ng_forward_difference;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    double base = f.applyAsDouble(x);
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      x[i] = keep + H;
      g[i] = (f.applyAsDouble(x) - base) / H;
      x[i] = keep;
    }
    return g;
  }

  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    return new dev.nngrade.solution.NumericalGradientImpl().descend(f, init, learningRate, steps);
  }
}
