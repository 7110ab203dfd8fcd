package dev.nngrade.grader.mutants.minibatch_loss_before_update;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.random.RandomGenerator;

public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    int n = data.xTrain().length, perEpoch = Math.max(n / batchSize, 1);
    double[] losses = new double[iterations];
    double[] train = new double[(iterations + perEpoch - 1) / perEpoch], test = new double[train.length];
    for (int it = 0; it < iterations; it++) {
      double[][] xb = new double[batchSize][], tb = new double[batchSize][];
      for (int k = 0; k < batchSize; k++) {
        int row = random.nextInt(n);
        xb[k] = data.xTrain()[row];
        tb[k] = data.tTrain()[row];
      }
      losses[it] = net.loss(xb, tb);
      optimizer.update(net.params(), net.gradient(xb, tb));
      if (it % perEpoch == 0) {
        train[it / perEpoch] = net.accuracy(data.xTrain(), data.tTrain());
        test[it / perEpoch] = net.accuracy(data.xTest(), data.tTest());
      }
    }
    return new TrainingRecord(losses, train, test);
  }
}
