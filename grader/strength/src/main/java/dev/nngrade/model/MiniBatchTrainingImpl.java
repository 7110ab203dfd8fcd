package dev.nngrade.model;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The textbook's train_neuralnet.py loop. */
public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    double[][] x = data.xTrain(), t = data.tTrain();
    int perEpoch = Math.max(x.length / batchSize, 1);
    int epochs = (iterations + perEpoch - 1) / perEpoch;
    double[] losses = new double[iterations];
    double[] trainAccuracy = new double[epochs], testAccuracy = new double[epochs];
    for (int i = 0; i < iterations; i++) {
      double[][] xb = new double[batchSize][], tb = new double[batchSize][];
      for (int k = 0; k < batchSize; k++) {
        int row = random.nextInt(x.length);
        xb[k] = x[row];
        tb[k] = t[row];
      }
      Map<String, double[][]> grads = net.gradient(xb, tb);
      optimizer.update(net.params(), grads);
      losses[i] = net.loss(xb, tb);
      if (i % perEpoch == 0) {
        trainAccuracy[i / perEpoch] = net.accuracy(x, t);
        testAccuracy[i / perEpoch] = net.accuracy(data.xTest(), data.tTest());
      }
    }
    return new TrainingRecord(losses, trainAccuracy, testAccuracy);
  }
}
