package dev.nngrade.grader.mutants.perceptron_theta_sign;

import dev.nngrade.contract.net.Perceptron;

public class PerceptronImpl implements Perceptron {
  private final double[] w;
  private final double eta;
  private double theta;

  public PerceptronImpl(int inputs, double eta) {
    this.w = new double[inputs];
    this.eta = eta;
  }

  @Override
  public int predict(double[] x) {
    double s = -theta;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s > 0 ? 1 : 0;
  }

  /** The mistake: θ moved like a weight on +1 instead of −1. */
  @Override
  public void learn(double[] x, int y) {
    int e = y - predict(x);
    for (int i = 0; i < w.length; i++) {
      w[i] += eta * e * x[i];
    }
    theta += eta * e;
  }

  @Override
  public double[] weights() {
    return w.clone();
  }

  @Override
  public double threshold() {
    return theta;
  }

  @Override
  public int train(double[][] xs, int[] ys, int maxEpochs) {
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      int errors = 0;
      for (int i = 0; i < xs.length; i++) {
        learn(xs[i], ys[i]);
      }
      for (int i = 0; i < xs.length; i++) {
        errors += predict(xs[i]) == ys[i] ? 0 : 1;
      }
      if (errors == 0) {
        return epoch;
      }
    }
    return -1;
  }
}
