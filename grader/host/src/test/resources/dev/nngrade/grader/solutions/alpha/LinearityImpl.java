package dev.nngrade.student;

import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

/** Additivity and homogeneity checked on every pair, with the relative-or-absolute comparison. */
public class LinearityImpl implements Linearity {
  @Override
  public boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance) {
    for (double x : xs) {
      double fx = f.applyAsDouble(x);
      for (double y : ys) {
        if (!close(f.applyAsDouble(x + y), fx + f.applyAsDouble(y), tolerance)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean isHomogeneous(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    for (double x : xs) {
      double fx = f.applyAsDouble(x);
      for (double k : ks) {
        if (!close(f.applyAsDouble(k * x), k * fx, tolerance)) {
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

  private static boolean close(double a, double b, double tolerance) {
    double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    return Math.abs(a - b) <= tolerance * scale;
  }
}
