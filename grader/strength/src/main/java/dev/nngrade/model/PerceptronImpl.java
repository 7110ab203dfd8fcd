package dev.nngrade.model;

import dev.nngrade.contract.net.Perceptron;

public class PerceptronImpl implements Perceptron {
  private final double eta;
  private final double[] w;
  private double theta;

  public PerceptronImpl(int inputs, double eta) {
    this.eta = eta;
    this.w = new double[inputs];
  }

  @Override
  public int predict(double[] x) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s - theta > 0 ? 1 : 0;
  }

  @Override
  public void learn(double[] x, int y) {
    double step = eta * (y - predict(x));
    for (int i = 0; i < w.length; i++) {
      w[i] += step * x[i];
    }
    theta -= step;
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
      boolean mistaken = false;
      for (int i = 0; i < xs.length; i++) {
        if (predict(xs[i]) != ys[i]) {
          mistaken = true;
        }
        learn(xs[i], ys[i]);
      }
      if (!mistaken) {
        return epoch;
      }
    }
    return -1;
  }
}
