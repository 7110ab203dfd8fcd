package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.Correlation;

/** {@link Correlation} の実装（課題: convolution）。 Your implementation; the interface's Javadoc states the formula. */
public class CorrelationImpl implements Correlation {
  @Override
  public double[][] correlate(double[][] image, double[][] filter) {
    // TODO
    throw NotImplemented.of(Exercise.CONVOLUTION, "CorrelationImpl.correlate");
  }
}
