package dev.nngrade.grader.mutants.perceptron_extra_clean_pass;

import dev.nngrade.contract.net.Perceptron;

/** Perceptron whose train stops only after a pass in which learn changed nothing, counting that extra pass. */
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
      boolean mistakes = false;
      for (int i = 0; i < xs.length; i++) {
        mistakes |= predict(xs[i]) != ys[i];
        learn(xs[i], ys[i]);
      }
      if (!mistakes) {
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
