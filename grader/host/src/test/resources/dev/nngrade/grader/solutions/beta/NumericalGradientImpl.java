package dev.nngrade.student;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  // f sees a copy of x, so the caller's array is never touched
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    double inv = 1.0 / (2 * H);
    for (int i = 0; i < x.length; i++) {
      double[] plus = x.clone();
      plus[i] = x[i] + H;
      double[] minus = x.clone();
      minus[i] = x[i] - H;
      g[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) * inv;
    }
    return g;
  }

  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    double[] x = init.clone();
    for (int s = 0; s < steps; s++) {
      double[] g = gradient(f, x);
      for (int i = 0; i < x.length; i++) {
        x[i] = x[i] - learningRate * g[i];
      }
    }
    return x;
  }
}
