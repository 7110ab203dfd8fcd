package dev.nngrade.grader.mutants.leaky_derivative_one_at_zero;

import dev.nngrade.grader.mutants.ActivationsDelegate;

public class ActivationsImpl extends ActivationsDelegate {
  /** The mistake: x ≥ 0 for the slope 1, so the derivative at 0 is 1 instead of α. */
  @Override
  public double leakyReluDerivative(double x, double alpha) {
    return x >= 0 ? 1 : alpha;
  }
}
