package dev.nngrade.grader.mutants.linearity_relative_without_floor;

import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

/** The mistake: a purely relative tolerance, without the floor of 1 that the contract puts under max(|a|, |b|). */
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
    return isAdditive(f, xs, xs, tolerance) && isHomogeneous(f, xs, ks, tolerance);
  }

  private static boolean equal(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
  }
}
