package dev.nngrade.student;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

/** Central differences in place, restoring every coordinate. */
public class NumericalGradientImpl implements NumericalGradient {
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      try {
        x[i] = keep + H;
        double plus = f.applyAsDouble(x);
        x[i] = keep - H;
        double minus = f.applyAsDouble(x);
        g[i] = (plus - minus) / (2 * H);
      } finally {
        x[i] = keep;
      }
    }
    return g;
  }

  @Override
  public double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps) {
    double[] x = init.clone();
    for (int s = 0; s < steps; s++) {
      double[] g = gradient(f, x);
      for (int i = 0; i < x.length; i++) {
        x[i] = Math.fma(-learningRate, g[i], x[i]);
      }
    }
    return x;
  }
}
