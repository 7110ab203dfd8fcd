package dev.nngrade.student;

import dev.nngrade.contract.net.Perceptron;

/** The simple perceptron; w·x − θ evaluated as one compensated sum. */
public class PerceptronImpl implements Perceptron {
  private final double[] w;
  private final double eta;
  private double theta;

  public PerceptronImpl(int inputs, double eta) {
    if (inputs < 0) {
      throw new IllegalArgumentException("inputs must be ≥ 0");
    }
    this.w = new double[inputs];
    this.eta = eta;
  }

  @Override
  public int predict(double[] x) {
    if (x == null || x.length != w.length) {
      throw new IllegalArgumentException("x must have " + w.length + " values");
    }
    return Careful.dot(w, x, -theta) > 0 ? 1 : 0;
  }

  @Override
  public void learn(double[] x, int y) {
    double err = y - predict(x);
    if (err == 0) {
      return;
    }
    double step = eta * err;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.fma(step, x[i], w[i]);
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
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("xs and ys differ in length");
    }
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      boolean clean = true;
      for (int i = 0; i < xs.length; i++) {
        if (predict(xs[i]) != ys[i]) {
          clean = false;
        }
        learn(xs[i], ys[i]);
      }
      if (clean) {
        return epoch;
      }
    }
    return -1;
  }
}
