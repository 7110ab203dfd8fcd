package dev.nngrade.grader.mutants.se_mean_gradient_no_two;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  private final SquaredError ref = new dev.nngrade.solution.SquaredErrorImpl();

  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    return ref.loss(y, t, form);
  }

  /** The mistake: MEAN's gradient taken as (y − t)/K, the 2 of the square's derivative lost. */
  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    return ref.gradient(y, t, form == SquaredErrorForm.MEAN ? SquaredErrorForm.HALF_MEAN : form);
  }
}
