package dev.nngrade.grader.mutants.se_no_half;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  private final SquaredError ref = new dev.nngrade.solution.SquaredErrorImpl();

  /** The mistake: the ½ (or the 1/2 of the mean form) forgotten. */
  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    return form == SquaredErrorForm.MEAN ? ref.loss(y, t, form) / 2 : 2 * ref.loss(y, t, form);
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    return ref.gradient(y, t, form);
  }
}
