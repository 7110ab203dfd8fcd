package dev.nngrade.grader.mutants.se_half_mean_gradient_no_k;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  private final SquaredError ref = new dev.nngrade.solution.SquaredErrorImpl();

  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    return ref.loss(y, t, form);
  }

  /** The mistake: HALF_MEAN's gradient taken as y − t, the 1/K of the mean lost (lecture 002's d_mean_squared_error for one output). */
  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    return ref.gradient(y, t, form == SquaredErrorForm.HALF_MEAN ? SquaredErrorForm.HALF_SUM : form);
  }
}
