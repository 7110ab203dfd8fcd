package dev.nngrade.student;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

/** The three squared errors; the sum of squares is compensated. */
public class SquaredErrorImpl implements SquaredError {
  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    check(y, t, form);
    Careful.Sum s = new Careful.Sum();
    for (int i = 0; i < y.length; i++) {
      double d = y[i] - t[i];
      s.addProduct(d, d);
    }
    double sq = s.value();
    int k = y.length;
    return switch (form) {
      case HALF_SUM -> 0.5 * sq;
      case HALF_MEAN -> sq / (2.0 * k);
      case MEAN -> sq / k;
    };
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    check(y, t, form);
    int k = y.length;
    double[] g = new double[k];
    for (int i = 0; i < k; i++) {
      double d = y[i] - t[i];
      g[i] = switch (form) {
        case HALF_SUM -> d;
        case HALF_MEAN -> d / k;
        case MEAN -> 2.0 * d / k;
      };
    }
    return g;
  }

  private static void check(double[] y, double[] t, SquaredErrorForm form) {
    if (y == null || t == null || form == null || y.length != t.length) {
      throw new IllegalArgumentException("y and t must have the same length, and a form is needed");
    }
  }
}
