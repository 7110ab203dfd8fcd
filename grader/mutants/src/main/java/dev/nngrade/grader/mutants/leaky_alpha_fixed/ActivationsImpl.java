package dev.nngrade.grader.mutants.leaky_alpha_fixed;

import dev.nngrade.grader.mutants.ActivationsDelegate;

public class ActivationsImpl extends ActivationsDelegate {
  private static final double ALPHA = 0.01;

  /** The mistake: the usual slope 0.01 instead of the α passed in (value and derivative agree with each other). */
  @Override
  public double leakyRelu(double x, double alpha) {
    return x > 0 ? x : ALPHA * x;
  }

  @Override
  public double leakyReluDerivative(double x, double alpha) {
    return x > 0 ? 1 : ALPHA;
  }
}
