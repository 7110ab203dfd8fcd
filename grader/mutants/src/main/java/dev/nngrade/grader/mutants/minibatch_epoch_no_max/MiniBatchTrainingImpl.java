package dev.nngrade.grader.mutants.minibatch_epoch_no_max;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Iterations per epoch N / batchSize without max(·, 1): a batch larger than N divides by zero. */
public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    int n = data.xTrain().length;
    int perEpoch = n / batchSize;
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
    return new TrainingRecord(losses, trainAcc, testAcc);
  }
}
