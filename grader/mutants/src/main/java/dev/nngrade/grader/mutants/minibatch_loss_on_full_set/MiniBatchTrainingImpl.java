package dev.nngrade.grader.mutants.minibatch_loss_on_full_set;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The loss of every iteration taken on the whole training set instead of the batch. */
public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    int n = data.xTrain().length;
    int perEpoch = Math.max(n / batchSize, 1);
    double[] losses = new double[iterations];
    double[] trainAcc = new double[(iterations + perEpoch - 1) / perEpoch];
    double[] testAcc = new double[trainAcc.length];
    for (int it = 0; it < iterations; it++) {
      double[][] xb = new double[batchSize][], tb = new double[batchSize][];
      for (int k = 0; k < batchSize; k++) {
        int row = random.nextInt(n);
        xb[k] = data.xTrain()[row];
        tb[k] = data.tTrain()[row];
      }
      Map<String, double[][]> grads = net.gradient(xb, tb);
      optimizer.update(net.params(), grads);
      losses[it] = net.loss(data.xTrain(), data.tTrain());
      if (it % perEpoch == 0) {
        trainAcc[it / perEpoch] = net.accuracy(data.xTrain(), data.tTrain());
        testAcc[it / perEpoch] = net.accuracy(data.xTest(), data.tTest());
      }
    }
    return new TrainingRecord(losses, trainAcc, testAcc);
  }
}
