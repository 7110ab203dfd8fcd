package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.random.RandomGenerator;

/** {@link MiniBatchTraining} の実装（課題: minibatch-train）。 Your implementation; the interface's Javadoc states the formula. */
public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    // TODO
    throw NotImplemented.of(Exercise.MINIBATCH_TRAIN, "MiniBatchTrainingImpl.train");
  }
}
