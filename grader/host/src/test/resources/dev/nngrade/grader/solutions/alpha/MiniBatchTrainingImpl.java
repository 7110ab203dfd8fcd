package dev.nngrade.student;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The textbook's train_neuralnet loop. */
public class MiniBatchTrainingImpl implements MiniBatchTraining {
  @Override
  public TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random) {
    int n = data.xTrain().length;
    if (n == 0 || batchSize < 1 || iterations < 0) {
      throw new IllegalArgumentException("need training rows, a batch size ≥ 1 and iterations ≥ 0");
    }
    int perEpoch = Math.max(n / batchSize, 1);
    double[] losses = new double[iterations];
    List<Double> train = new ArrayList<>();
    List<Double> test = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      double[][] xb = new double[batchSize][];
      double[][] tb = new double[batchSize][];
      for (int k = 0; k < batchSize; k++) {
        int r = random.nextInt(n);
        xb[k] = data.xTrain()[r];
        tb[k] = data.tTrain()[r];
      }
      Map<String, double[][]> grads = net.gradient(xb, tb);
      optimizer.update(net.params(), grads);
      losses[i] = net.loss(xb, tb);
      if (i % perEpoch == 0) {
        train.add(net.accuracy(data.xTrain(), data.tTrain()));
        test.add(net.accuracy(data.xTest(), data.tTest()));
      }
    }
    return new TrainingRecord(losses, train.stream().mapToDouble(Double::doubleValue).toArray(), test.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
