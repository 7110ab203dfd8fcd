package dev.nngrade.model;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.train.RegressionTraining;
import java.util.random.RandomGenerator;

/** Lecture 002's exercise: a 2-5-1 network learns f(x) = 2x0 + 3x1 one sample at a time. */
public class RegressionTrainingImpl implements RegressionTraining {
  private static final int HIDDEN = 5;

  @Override
  public double[] train(HiddenActivation f, int iterations, double learningRate, RandomGenerator random) {
    // the lecture's init_network draws W1, W2, b1, b2 in this order
    double[][] w1 = new double[2][HIDDEN];
    for (double[] row : w1) {
      fill(row, random);
    }
    double[] w2 = fill(new double[HIDDEN], random), b1 = fill(new double[HIDDEN], random);
    double b2 = random.nextGaussian();
    double[] losses = new double[iterations];
    double[] z1 = new double[HIDDEN];
    for (int it = 0; it < iterations; it++) {
      double x0 = random.nextDouble(), x1 = random.nextDouble();
      double d = 2 * x0 + 3 * x1;
      double y = b2;
      for (int j = 0; j < HIDDEN; j++) {
        double u = x0 * w1[0][j] + x1 * w1[1][j] + b1[j];
        z1[j] = f == HiddenActivation.RELU ? Math.max(0, u) : 1 / (1 + Math.exp(-u));
        y += z1[j] * w2[j];
      }
      double delta2 = y - d;
      losses[it] = delta2 * delta2 / 2;
      for (int j = 0; j < HIDDEN; j++) {
        double slope = f == HiddenActivation.RELU ? (z1[j] > 0 ? 1 : 0) : z1[j] * (1 - z1[j]);
        double delta1 = delta2 * w2[j] * slope;
        w2[j] -= learningRate * z1[j] * delta2;
        b1[j] -= learningRate * delta1;
        w1[0][j] -= learningRate * x0 * delta1;
        w1[1][j] -= learningRate * x1 * delta1;
      }
      b2 -= learningRate * delta2;
    }
    return losses;
  }

  private static double[] fill(double[] v, RandomGenerator random) {
    for (int i = 0; i < v.length; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }
}
