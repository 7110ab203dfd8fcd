package dev.nngrade.solution;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.Arrays;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The textbook's {@code train_neuralnet.py} loop on any {@link TwoLayerNetwork} and {@link
 * Optimizer}: it calls only the contract, so it can drive a student's network as well as the reference.
 */
public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    int n = data.xTrain().length;
    if (n == 0 || data.tTrain().length != n || batchSize < 1 || iterations < 0) {
      throw new IllegalArgumentException("mini-batch training: " + n + " inputs, " + data.tTrain().length + " targets, batch size " + batchSize + ", " + iterations + " iterations");
    }
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
      losses[it] = net.loss(xb, tb);
      if (it % perEpoch == 0) {
        trainAcc[it / perEpoch] = net.accuracy(data.xTrain(), data.tTrain());
        testAcc[it / perEpoch] = net.accuracy(data.xTest(), data.tTest());
      }
    }
    return new TrainingRecord(losses, Arrays.copyOf(trainAcc, trainAcc.length), testAcc);
  }
}
