package dev.nngrade.grader.mutants.perceptron_fixed_two_inputs;

import dev.nngrade.contract.net.Perceptron;

/** Perceptron written for the lecture's two inputs: w1, w2 whatever the number of inputs. */
public class PerceptronImpl implements Perceptron {
  private final double eta;
  private double w1;
  private double w2;
  private double theta;

  public PerceptronImpl(int inputs, double eta) {
    this.eta = eta;
  }

  @Override
  public int predict(double[] x) {
    return w1 * x[0] + w2 * x[1] - theta > 0 ? 1 : 0;
  }

  @Override
  public void learn(double[] x, int y) {
    double e = y - predict(x);
    w1 += eta * e * x[0];
    w2 += eta * e * x[1];
    theta -= eta * e;
  }

  @Override
  public double[] weights() {
    return new double[] {w1, w2};
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
      boolean right = true;
      for (int i = 0; i < xs.length; i++) {
        right &= predict(xs[i]) == ys[i];
      }
      if (right) {
        return epoch;
      }
    }
    return -1;
  }
}
