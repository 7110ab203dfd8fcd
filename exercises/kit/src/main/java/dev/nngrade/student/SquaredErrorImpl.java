package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;

/** {@link SquaredError} の実装（課題: squared-error）。 Your implementation; the interface's Javadoc states the formula. */
public class SquaredErrorImpl implements SquaredError {
  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    // TODO
    throw NotImplemented.of(Exercise.SQUARED_ERROR, "SquaredErrorImpl.loss");
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    // TODO
    throw NotImplemented.of(Exercise.SQUARED_ERROR, "SquaredErrorImpl.gradient");
  }
}
