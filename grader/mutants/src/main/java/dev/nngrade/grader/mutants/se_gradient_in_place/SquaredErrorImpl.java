package dev.nngrade.grader.mutants.se_gradient_in_place;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  private final SquaredError ref = new dev.nngrade.solution.SquaredErrorImpl();

  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    return ref.loss(y, t, form);
  }

  /** The mistake: the gradient written into y (y[i] = (y[i] − t[i]) / D) and y returned. */
  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    double[] g = ref.gradient(y, t, form);
    System.arraycopy(g, 0, y, 0, y.length);
    return y;
  }
}
