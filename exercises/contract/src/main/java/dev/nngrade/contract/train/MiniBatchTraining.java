package dev.nngrade.contract.train;

import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.random.RandomGenerator;

/**
 * ミニバッチ学習（講義004、教科書4.5.2） / mini-batch training, the five steps of lecture 004. For each
 * iteration {@code i}: draw {@code batchSize} row indices with replacement, each {@code
 * random.nextInt(N)} in turn; {@code grads = net.gradient(xb, tb)}; {@code optimizer.update(net.params(),
 * grads)} once; record {@code net.loss(xb, tb)} (after the update, as the textbook does); when {@code i}
 * is a multiple of {@code max(N / batchSize, 1)} (integer division), record the accuracy on the whole
 * training and test sets. Constructor: {@code MiniBatchTrainingImpl()}.
 */
public interface MiniBatchTraining {
  TrainingRecord train(TwoLayerNetwork net, Optimizer optimizer, TrainingData data, int iterations, int batchSize, RandomGenerator random);
}
