package dev.nngrade.student;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    sameLength(y, t);
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += (y[i] - t[i]) * (y[i] - t[i]);
    }
    return switch (form) {
      case HALF_SUM -> s / 2;
      case HALF_MEAN -> s / y.length / 2;
      case MEAN -> s / y.length;
    };
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    sameLength(y, t);
    double[] g = new double[y.length];
    double scale = switch (form) {
      case HALF_SUM -> 1;
      case HALF_MEAN -> 1.0 / y.length;
      case MEAN -> 2.0 / y.length;
    };
    for (int i = 0; i < y.length; i++) {
      g[i] = scale * (y[i] - t[i]);
    }
    return g;
  }

  private static void sameLength(double[] y, double[] t) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("y has " + y.length + " elements, t has " + t.length);
    }
  }
}
