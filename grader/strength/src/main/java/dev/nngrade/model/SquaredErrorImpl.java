package dev.nngrade.model;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    check(y, t);
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double d = y[i] - t[i];
      sum += d * d;
    }
    return switch (form) {
      case HALF_SUM -> sum / 2;
      case HALF_MEAN -> sum / y.length / 2;
      case MEAN -> sum / y.length;
    };
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    check(y, t);
    int k = y.length;
    double[] g = new double[k];
    for (int i = 0; i < k; i++) {
      double d = y[i] - t[i];
      g[i] = switch (form) {
        case HALF_SUM -> d;
        case HALF_MEAN -> d / k;
        case MEAN -> 2 * d / k;
      };
    }
    return g;
  }

  private static void check(double[] y, double[] t) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("squared error: y has " + y.length + " elements but t has " + t.length);
    }
  }
}
