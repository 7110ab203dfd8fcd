package dev.nngrade.model;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double kept = x[i];
      x[i] = kept + H;
      double plus = f.applyAsDouble(x);
      x[i] = kept - H;
      double minus = f.applyAsDouble(x);
      x[i] = kept;
      g[i] = (plus - minus) / (2 * H);
    }
    return g;
  }

  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    double[] x = init.clone();
    for (int s = 0; s < steps; s++) {
      double[] g = gradient(f, x);
      for (int i = 0; i < x.length; i++) {
        x[i] -= learningRate * g[i];
      }
    }
    return x;
  }
}
