package dev.nngrade.grader.mutants.perceptron_returns_max_epochs;

import dev.nngrade.contract.net.Perceptron;

/** Perceptron whose train always makes maxEpochs passes and returns maxEpochs when the samples end up separated. */
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
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      for (int i = 0; i < xs.length; i++) {
        learn(xs[i], ys[i]);
      }
    }
    return allRight(xs, ys) ? maxEpochs : -1;
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
