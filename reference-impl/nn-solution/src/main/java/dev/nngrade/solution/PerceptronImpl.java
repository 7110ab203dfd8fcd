package dev.nngrade.solution;

import dev.nngrade.contract.net.Perceptron;
import dev.nngrade.nn.backend.Activation;

/** nn-core's perceptron with the step function; training passes over the samples in the given order. */
public class PerceptronImpl implements Perceptron {
  private final dev.nngrade.nn.net.Perceptron p;

  public PerceptronImpl(int inputs, double eta) {
    this.p = new dev.nngrade.nn.net.Perceptron(inputs, Activation.STEP, eta);
  }

  @Override
  public int predict(double[] x) {
    return p.predict(x);
  }

  @Override
  public void learn(double[] x, int y) {
    p.learn(x, y);
  }

  @Override
  public double[] weights() {
    return p.weights();
  }

  @Override
  public double threshold() {
    return p.threshold();
  }

  @Override
  public int train(double[][] xs, int[] ys, int maxEpochs) {
    if (xs.length != ys.length || xs.length == 0) {
      throw new IllegalArgumentException("perceptron: " + xs.length + " samples but " + ys.length + " labels");
    }
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      for (int i = 0; i < xs.length; i++) {
        p.learn(xs[i], ys[i]);
      }
      if (p.errors(xs, ys) == 0) {
        return epoch;
      }
    }
    return -1;
  }
}
