package dev.nngrade.grader.mutants.minibatch_shuffled_epochs;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Batches drawn without replacement from a shuffled order (lecture 001's "shuffle"), not with replacement as the contract says. */
public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    int n = data.xTrain().length;
    int perEpoch = Math.max(n / batchSize, 1);
    double[] losses = new double[iterations];
    double[] trainAcc = new double[(iterations + perEpoch - 1) / perEpoch];
    double[] testAcc = new double[trainAcc.length];
    int[] order = null;
    int next = 0;
    for (int it = 0; it < iterations; it++) {
      if (order == null || next + batchSize > n) {
        order = new int[n];
        for (int i = 0; i < n; i++) {
          order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
          int j = random.nextInt(i + 1), swap = order[i];
          order[i] = order[j];
          order[j] = swap;
        }
        next = 0;
      }
      double[][] xb = new double[batchSize][], tb = new double[batchSize][];
      for (int k = 0; k < batchSize; k++) {
        int row = order[(next + k) % n];
        xb[k] = data.xTrain()[row];
        tb[k] = data.tTrain()[row];
      }
      next += batchSize;
      Map<String, double[][]> grads = net.gradient(xb, tb);
      optimizer.update(net.params(), grads);
      losses[it] = net.loss(xb, tb);
      if (it % perEpoch == 0) {
        trainAcc[it / perEpoch] = net.accuracy(data.xTrain(), data.tTrain());
        testAcc[it / perEpoch] = net.accuracy(data.xTest(), data.tTest());
      }
    }
    return new TrainingRecord(losses, trainAcc, testAcc);
  }
}
