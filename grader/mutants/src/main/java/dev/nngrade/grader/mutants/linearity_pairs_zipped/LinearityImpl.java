package dev.nngrade.grader.mutants.linearity_pairs_zipped;

import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

/** The mistake: the pairs (xs[i], ys[i]) only, as with zip, instead of every (xs[i], ys[j]). */
public class LinearityImpl implements Linearity {
  @Override
  public boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance) {
    for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
      if (!equal(f.applyAsDouble(xs[i] + ys[i]), f.applyAsDouble(xs[i]) + f.applyAsDouble(ys[i]), tolerance)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isHomogeneous(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    for (int i = 0; i < Math.min(xs.length, ks.length); i++) {
      if (!equal(f.applyAsDouble(ks[i] * xs[i]), ks[i] * f.applyAsDouble(xs[i]), tolerance)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isLinear(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    return isAdditive(f, xs, xs, tolerance) && isHomogeneous(f, xs, ks, tolerance);
  }

  private static boolean equal(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
