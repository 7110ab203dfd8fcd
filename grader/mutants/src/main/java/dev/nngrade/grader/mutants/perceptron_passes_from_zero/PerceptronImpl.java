package dev.nngrade.grader.mutants.perceptron_passes_from_zero;

import dev.nngrade.contract.net.Perceptron;

/** Perceptron whose train returns the index of the last pass counted from 0 (one less than the number of passes). */
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
    for (int epoch = 0; epoch < maxEpochs; epoch++) {
      for (int i = 0; i < xs.length; i++) {
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
