package dev.nngrade.student;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.Map;
import java.util.random.RandomGenerator;

public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    double[][] xTrain = data.xTrain();
    double[][] tTrain = data.tTrain();
    int trainSize = xTrain.length;
    int iterPerEpoch = Math.max(trainSize / batchSize, 1);
    int epochs = (iterations + iterPerEpoch - 1) / iterPerEpoch;
    double[] losses = new double[iterations];
    double[] trainAcc = new double[epochs];
    double[] testAcc = new double[epochs];
    int e = 0;
    for (int i = 0; i < iterations; i++) {
      double[][] xBatch = new double[batchSize][];
      double[][] tBatch = new double[batchSize][];
      for (int k = 0; k < batchSize; k++) {
        int pick = random.nextInt(trainSize);
        xBatch[k] = xTrain[pick].clone();
        tBatch[k] = tTrain[pick].clone();
      }
      Map<String, double[][]> grad = net.gradient(xBatch, tBatch);
      optimizer.update(net.params(), grad);
      losses[i] = net.loss(xBatch, tBatch);
      if (i % iterPerEpoch == 0) {
        trainAcc[e] = net.accuracy(xTrain, tTrain);
        testAcc[e] = net.accuracy(data.xTest(), data.tTest());
        e++;
      }
    }
    return new TrainingRecord(losses, trainAcc, testAcc);
  }
}
