package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

/** {@link Linearity} の実装（課題: linearity）。 Your implementation; the interface's Javadoc states the formula. */
public class LinearityImpl implements Linearity {
  @Override
  public boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance) {
    // TODO
    throw NotImplemented.of(Exercise.LINEARITY, "LinearityImpl.isAdditive");
  }

  @Override
  public boolean isHomogeneous(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    // TODO
    throw NotImplemented.of(Exercise.LINEARITY, "LinearityImpl.isHomogeneous");
  }

  @Override
  public boolean isLinear(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    // TODO
    throw NotImplemented.of(Exercise.LINEARITY, "LinearityImpl.isLinear");
  }
}
