package dev.nngrade.grader.mutants.ng_restore_by_arithmetic;

import dev.nngrade.contract.function.NumericalGradient;
import java.util.function.ToDoubleFunction;

public class NumericalGradientImpl implements NumericalGradient {
  /** The mistake: x[i] moved by +h, −2h and +h again, which rounds to another double instead of the original. */
  @Override
  public double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] += H;
      double plus = f.applyAsDouble(x);
      x[i] -= 2 * H;
      double minus = f.applyAsDouble(x);
      x[i] += H;
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
