package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.train.RegressionTraining;
import java.util.random.RandomGenerator;

/** {@link RegressionTraining} の実装（課題: regression-train）。 Your implementation; the interface's Javadoc states the formula. */
public class RegressionTrainingImpl implements RegressionTraining {
  @Override
  public double[] train(HiddenActivation f, int iterations, double learningRate, RandomGenerator random) {
    // TODO
    throw NotImplemented.of(Exercise.REGRESSION_TRAIN, "RegressionTrainingImpl.train");
  }
}
