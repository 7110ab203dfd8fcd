package dev.nngrade.student;

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

  @Override
  public void learn(double[] x, int y) {
    int e = y - predict(x);
    for (int i = 0; i < w.length; i++) {
      w[i] += eta * e * x[i];
    }
    theta -= eta * e;
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
      for (int i = 0; i < xs.length; i++) {
        learn(xs[i], ys[i]);
      }
      boolean allRight = true;
      for (int i = 0; i < xs.length; i++) {
        allRight &= predict(xs[i]) == ys[i];
      }
      if (allRight) {
        return epoch;
      }
    }
    return -1;
  }
}
