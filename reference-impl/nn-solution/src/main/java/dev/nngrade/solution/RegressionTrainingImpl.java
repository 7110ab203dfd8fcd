package dev.nngrade.solution;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;
import dev.nngrade.contract.train.RegressionTraining;
import dev.nngrade.nn.train.RegressionExperiment;
import java.util.random.RandomGenerator;

/** Lecture 002's training loop on {@link RegressionBackpropImpl}, weights drawn in the lecture's order W1, W2, b1, b2. */
public class RegressionTrainingImpl implements RegressionTraining {
  @Override
  public double[] train(HiddenActivation f, int iterations, double learningRate, RandomGenerator random) {
    int h = RegressionExperiment.HIDDEN;
    double[][] w1 = new double[2][h];
    for (double[] row : w1) {
      for (int j = 0; j < h; j++) {
        row[j] = random.nextGaussian();
      }
    }
    double[] w2 = gaussians(random, h), b1 = gaussians(random, h), b2 = gaussians(random, 1);
    RegressionParams p = new RegressionParams(w1, b1, w2, b2);
    RegressionBackpropImpl net = new RegressionBackpropImpl();
    double[] losses = new double[iterations];
    for (int it = 0; it < iterations; it++) {
      double[] x = {random.nextDouble(), random.nextDouble()};
      double d = RegressionExperiment.target(x[0], x[1]);
      RegressionForward fwd = net.forward(p, x, f);
      losses[it] = (fwd.y() - d) * (fwd.y() - d) / 2;
      RegressionParams g = net.backward(p, x, d, fwd, f);
      for (int i = 0; i < 2; i++) {
        axpy(-learningRate, g.w1()[i], w1[i]);
      }
      axpy(-learningRate, g.b1(), b1);
      axpy(-learningRate, g.w2(), w2);
      axpy(-learningRate, g.b2(), b2);
    }
    return losses;
  }

  private static double[] gaussians(RandomGenerator r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextGaussian();
    }
    return v;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < y.length; i++) {
      y[i] += a * x[i];
    }
  }
}
