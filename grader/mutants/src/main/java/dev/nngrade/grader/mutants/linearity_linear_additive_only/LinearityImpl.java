package dev.nngrade.grader.mutants.linearity_linear_additive_only;

import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

/** The mistake: isLinear decided by additivity alone. */
public class LinearityImpl implements Linearity {
  @Override
  public boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance) {
    for (double x : xs) {
      for (double y : ys) {
        if (!equal(f.applyAsDouble(x + y), f.applyAsDouble(x) + f.applyAsDouble(y), tolerance)) {
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
        if (!equal(f.applyAsDouble(k * x), k * f.applyAsDouble(x), tolerance)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean isLinear(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    return isAdditive(f, xs, xs, tolerance);
  }

  private static boolean equal(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
