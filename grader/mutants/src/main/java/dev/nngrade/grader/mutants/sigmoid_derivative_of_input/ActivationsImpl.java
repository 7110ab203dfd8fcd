package dev.nngrade.grader.mutants.sigmoid_derivative_of_input;

import dev.nngrade.grader.mutants.ActivationsDelegate;

public class ActivationsImpl extends ActivationsDelegate {
  /** The mistake: σ'(x) written as x(1 − x), the formula for the output applied to the input. */
  @Override
  public double sigmoidDerivative(double x) {
    return x * (1 - x);
  }
}
