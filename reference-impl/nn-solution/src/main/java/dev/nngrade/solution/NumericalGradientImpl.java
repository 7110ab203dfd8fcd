package dev.nngrade.solution;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    return dev.nngrade.nn.gradient.NumericalGradient.of(f, x);
  }

  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    return dev.nngrade.nn.gradient.NumericalGradient.descend(f, init, learningRate, steps);
  }
}
