package dev.nngrade.student;

import dev.nngrade.contract.net.Perceptron;

public class PerceptronImpl implements Perceptron {
  private final double[] w;
  private final double eta;
  private double theta = 0;

  public PerceptronImpl(int inputs, double eta) {
    this.w = new double[inputs];
    this.eta = eta;
  }

  @Override
  public int predict(double[] x) {
    if (x.length != w.length) {
      throw new IllegalArgumentException("x must have " + w.length + " entries");
    }
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    // w·x − θ > 0 is w·x > θ
    return s > theta ? 1 : 0;
  }

  @Override
  public void learn(double[] x, int y) {
    int err = y - predict(x);
    for (int i = 0; i < w.length; i++) {
      w[i] += eta * err * x[i];
    }
    theta -= eta * err;
  }

  @Override
  public double[] weights() {
    return w;
  }

  @Override
  public double threshold() {
    return theta;
  }

  @Override
  public int train(double[][] xs, int[] ys, int maxEpochs) {
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      int mistakes = 0;
      for (int i = 0; i < xs.length; i++) {
        if (predict(xs[i]) != ys[i]) {
          mistakes++;
        }
        learn(xs[i], ys[i]);
      }
      if (mistakes == 0) {
        return epoch;
      }
    }
    return -1;
  }
}
