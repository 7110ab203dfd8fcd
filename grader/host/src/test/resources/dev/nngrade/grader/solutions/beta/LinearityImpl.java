package dev.nngrade.student;

import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

public class LinearityImpl implements Linearity {
  private static boolean same(double a, double b, double tol) {
    double m = 1;
    if (Math.abs(a) > m) {
      m = Math.abs(a);
    }
    if (Math.abs(b) > m) {
      m = Math.abs(b);
    }
    return Math.abs(b - a) <= tol * m;
  }

  @Override
  public boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance) {
    boolean ok = true;
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < ys.length; j++) {
        double left = f.applyAsDouble(xs[i] + ys[j]);
        double right = f.applyAsDouble(xs[i]) + f.applyAsDouble(ys[j]);
        if (!same(left, right, tolerance)) {
          ok = false;
        }
      }
    }
    return ok;
  }

  @Override
  public boolean isHomogeneous(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    boolean ok = true;
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < ks.length; j++) {
        double left = f.applyAsDouble(ks[j] * xs[i]);
        double right = ks[j] * f.applyAsDouble(xs[i]);
        if (!same(left, right, tolerance)) {
          ok = false;
        }
      }
    }
    return ok;
  }

  // both checks in one loop over the pairs
  @Override
  public boolean isLinear(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    for (int i = 0; i < xs.length; i++) {
      double fx = f.applyAsDouble(xs[i]);
      for (int j = 0; j < xs.length; j++) {
        if (!same(f.applyAsDouble(xs[i] + xs[j]), fx + f.applyAsDouble(xs[j]), tolerance)) {
          return false;
        }
      }
      for (int j = 0; j < ks.length; j++) {
        if (!same(f.applyAsDouble(ks[j] * xs[i]), ks[j] * fx, tolerance)) {
          return false;
        }
      }
    }
    return true;
  }
}
