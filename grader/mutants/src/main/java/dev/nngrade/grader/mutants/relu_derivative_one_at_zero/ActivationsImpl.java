package dev.nngrade.grader.mutants.relu_derivative_one_at_zero;

import dev.nngrade.grader.mutants.ActivationsDelegate;

public class ActivationsImpl extends ActivationsDelegate {
  /** The mistake: 1 at x = 0, where the textbook's layer has 0. */
  @Override
  public double reluDerivative(double x) {
    return x >= 0 ? 1 : 0;
  }
}
