package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

/** {@link NumericalGradient} の実装（課題: numerical-gradient）。 Your implementation; the interface's Javadoc states the formula. */
public class NumericalGradientImpl implements NumericalGradient {
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    // TODO
    throw NotImplemented.of(Exercise.NUMERICAL_GRADIENT, "NumericalGradientImpl.gradient");
  }

  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    // TODO
    throw NotImplemented.of(Exercise.NUMERICAL_GRADIENT, "NumericalGradientImpl.descend");
  }
}
