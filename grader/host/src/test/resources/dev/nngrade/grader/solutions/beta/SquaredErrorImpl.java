package dev.nngrade.student;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("y has " + y.length + " entries, t has " + t.length);
    }
    double sum = 0;
    for (int i = y.length - 1; i >= 0; i--) {
      double d = t[i] - y[i];
      sum += d * d;
    }
    int k = y.length;
    switch (form) {
      case HALF_SUM:
        return sum / 2;
      case HALF_MEAN:
        return sum / k / 2;
      case MEAN:
        return sum / k;
      default:
        throw new IllegalArgumentException("unknown form " + form);
    }
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    if (y.length != t.length) {
      throw new IllegalArgumentException("y has " + y.length + " entries, t has " + t.length);
    }
    int k = y.length;
    double factor;
    switch (form) {
      case HALF_SUM:
        factor = 1;
        break;
      case HALF_MEAN:
        factor = 1.0 / k;
        break;
      case MEAN:
        factor = 2.0 / k;
        break;
      default:
        throw new IllegalArgumentException("unknown form " + form);
    }
    double[] g = new double[k];
    for (int i = 0; i < k; i++) {
      g[i] = factor * (y[i] - t[i]);
    }
    return g;
  }
}
