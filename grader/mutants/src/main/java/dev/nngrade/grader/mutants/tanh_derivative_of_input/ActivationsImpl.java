package dev.nngrade.grader.mutants.tanh_derivative_of_input;

import dev.nngrade.grader.mutants.ActivationsDelegate;

public class ActivationsImpl extends ActivationsDelegate {
  /** The mistake: 1 − x², the derivative written for the output y = tanh x, taken on the input x. */
  @Override
  public double tanhDerivative(double x) {
    return 1 - x * x;
  }
}
