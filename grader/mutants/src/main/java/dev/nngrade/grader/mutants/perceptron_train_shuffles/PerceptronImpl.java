package dev.nngrade.grader.mutants.perceptron_train_shuffles;

import dev.nngrade.contract.net.Perceptron;
import java.util.Random;

/** Perceptron whose train shuffles the samples every pass (lecture 001's advice) instead of taking them in the given order. */
public class PerceptronImpl implements Perceptron {
  private final Perceptron ref;

  public PerceptronImpl(int inputs, double eta) {
    ref = new dev.nngrade.solution.PerceptronImpl(inputs, eta);
  }

  @Override
  public int predict(double[] x) {
    return ref.predict(x);
  }

  @Override
  public void learn(double[] x, int y) {
    ref.learn(x, y);
  }

  @Override
  public double[] weights() {
    return ref.weights();
  }

  @Override
  public double threshold() {
    return ref.threshold();
  }

  @Override
  public int train(double[][] xs, int[] ys, int maxEpochs) {
    Random shuffler = new Random(1);
    int[] order = new int[xs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = shuffler.nextInt(i + 1), t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        learn(xs[i], ys[i]);
      }
      if (allRight(xs, ys)) {
        return epoch;
      }
    }
    return -1;
  }

  private boolean allRight(double[][] xs, int[] ys) {
    for (int i = 0; i < xs.length; i++) {
      if (predict(xs[i]) != ys[i]) {
        return false;
      }
    }
    return true;
  }
}
