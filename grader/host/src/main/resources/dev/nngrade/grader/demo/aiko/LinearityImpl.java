package dev.nngrade.student;

import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

public class LinearityImpl implements Linearity {
  private static boolean same(double a, double b, double tol) {
    return Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  @Override
  public boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance) {
    for (double x : xs) {
      for (double y : ys) {
        if (!same(f.applyAsDouble(x + y), f.applyAsDouble(x) + f.applyAsDouble(y), tolerance)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean isHomogeneous(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    for (double x : xs) {
      for (double k : ks) {
        if (!same(f.applyAsDouble(k * x), k * f.applyAsDouble(x), tolerance)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean isLinear(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    return isAdditive(f, xs, xs, tolerance) && isHomogeneous(f, xs, ks, tolerance);
  }
}
