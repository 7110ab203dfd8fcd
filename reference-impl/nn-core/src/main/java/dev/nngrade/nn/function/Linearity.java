package dev.nngrade.nn.function;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Lecture 002 確認テスト5: a function is linear when it is additive, {@code f(x + y) = f(x) + f(y)},
 * and homogeneous, {@code f(k x) = k f(x)}. This decides both numerically on random points, with a
 * relative tolerance for rounding.
 */
public final class Linearity {
  /** What was found; a counterexample is reported for a property that fails. */
  public record Verdict(boolean additive, boolean homogeneous, String counterexample) {
    public boolean linear() {
      return additive && homogeneous;
    }
  }

  private Linearity() {}

  public static Verdict check(DoubleUnaryOperator f, RandomGenerator random, int trials, double tolerance) {
    boolean additive = true, homogeneous = true;
    String counter = "";
    for (int i = 0; i < trials && (additive || homogeneous); i++) {
      double x = 10 * (random.nextDouble() - 0.5), y = 10 * (random.nextDouble() - 0.5), k = 10 * (random.nextDouble() - 0.5);
      double lhs = f.applyAsDouble(x + y), rhs = f.applyAsDouble(x) + f.applyAsDouble(y);
      if (additive && !close(lhs, rhs, tolerance)) {
        additive = false;
        counter += "f(" + x + " + " + y + ") = " + lhs + " but f(x) + f(y) = " + rhs + ". ";
      }
      double hl = f.applyAsDouble(k * x), hr = k * f.applyAsDouble(x);
      if (homogeneous && !close(hl, hr, tolerance)) {
        homogeneous = false;
        counter += "f(" + k + " * " + x + ") = " + hl + " but k f(x) = " + hr + ". ";
      }
    }
    return new Verdict(additive, homogeneous, counter.trim());
  }

  private static boolean close(double a, double b, double tol) {
    return Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
