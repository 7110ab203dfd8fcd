package dev.nngrade.student;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;
import dev.nngrade.contract.train.RegressionTraining;
import java.util.random.RandomGenerator;

/** Lecture 002's training loop: weights W1, W2, b1, b2 from N(0, 1) in the lecture's order, one fresh sample per step. */
public class RegressionTrainingImpl implements RegressionTraining {
  private static final int HIDDEN = 5;

  @Override
  public double[] train(HiddenActivation f, int iterations, double learningRate, RandomGenerator random) {
    double[][] w1 = new double[2][HIDDEN];
    for (double[] row : w1) {
      for (int j = 0; j < HIDDEN; j++) {
        row[j] = random.nextGaussian();
      }
    }
    double[] w2 = new double[HIDDEN];
    for (int j = 0; j < HIDDEN; j++) {
      w2[j] = random.nextGaussian();
    }
    double[] b1 = new double[HIDDEN];
    for (int j = 0; j < HIDDEN; j++) {
      b1[j] = random.nextGaussian();
    }
    double[] b2 = {random.nextGaussian()};
    RegressionParams p = new RegressionParams(w1, b1, w2, b2);
    RegressionBackpropImpl net = new RegressionBackpropImpl();
    double[] losses = new double[iterations];
    for (int it = 0; it < iterations; it++) {
      double[] x = {random.nextDouble(), random.nextDouble()};
      double d = 2 * x[0] + 3 * x[1];
      RegressionForward fwd = net.forward(p, x, f);
      double e = fwd.y() - d;
      losses[it] = 0.5 * e * e;
      RegressionParams g = net.backward(p, x, d, fwd, f);
      for (int i = 0; i < w1.length; i++) {
        for (int j = 0; j < HIDDEN; j++) {
          w1[i][j] = Math.fma(-learningRate, g.w1()[i][j], w1[i][j]);
        }
      }
      for (int j = 0; j < HIDDEN; j++) {
        b1[j] = Math.fma(-learningRate, g.b1()[j], b1[j]);
        w2[j] = Math.fma(-learningRate, g.w2()[j], w2[j]);
      }
      b2[0] = Math.fma(-learningRate, g.b2()[0], b2[0]);
    }
    return losses;
  }
}
