package dev.nngrade.grader.mutants.rt_always_sigmoid;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;
import dev.nngrade.contract.train.RegressionTraining;
import java.util.random.RandomGenerator;

/** The mistake: the lecture's forward/backward (sigmoid) used whatever activation is asked for. */
public class RegressionTrainingImpl implements RegressionTraining {
  private static final int HIDDEN = 5;

  private static double[] draws(RandomGenerator random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }

  @Override
  public double[] train(HiddenActivation f, int iterations, double learningRate, RandomGenerator random) {
    double[][] w1 = {draws(random, HIDDEN), draws(random, HIDDEN)};
    double[] w2 = draws(random, HIDDEN), b1 = draws(random, HIDDEN), b2 = draws(random, 1);
    RegressionParams p = new RegressionParams(w1, b1, w2, b2);
    var net = new dev.nngrade.solution.RegressionBackpropImpl();
    HiddenActivation act = HiddenActivation.SIGMOID;
    double[] losses = new double[iterations];
    for (int it = 0; it < iterations; it++) {
      double[] x = {random.nextDouble(), random.nextDouble()};
      double d = 2 * x[0] + 3 * x[1];
      RegressionForward fwd = net.forward(p, x, act);
      losses[it] = (fwd.y() - d) * (fwd.y() - d) / 2;
      RegressionParams g = net.backward(p, x, d, fwd, act);
      double lr = learningRate;
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < HIDDEN; j++) {
          w1[i][j] -= lr * g.w1()[i][j];
        }
      }
      for (int j = 0; j < HIDDEN; j++) {
        b1[j] -= lr * g.b1()[j];
        w2[j] -= lr * g.w2()[j];
      }
      b2[0] -= lr * g.b2()[0];
    }
    return losses;
  }
}
