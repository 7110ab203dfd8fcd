package dev.nngrade.grader.mutants.step_one_at_zero;

import dev.nngrade.grader.mutants.ActivationsDelegate;

public class ActivationsImpl extends ActivationsDelegate {
  /** The mistake: x ≥ 0, so step(0) = 1 where the lecture's x > 0 gives 0. */
  @Override
  public double step(double x) {
    return x >= 0 ? 1 : 0;
  }
}
