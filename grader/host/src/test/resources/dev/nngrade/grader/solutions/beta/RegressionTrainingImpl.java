package dev.nngrade.student;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;
import dev.nngrade.contract.train.RegressionTraining;
import java.util.random.RandomGenerator;

public class RegressionTrainingImpl implements RegressionTraining {
  @Override
  public double[] train(HiddenActivation f, int iterations, double learningRate, RandomGenerator random) {
    int hidden = 5;
    // layer by layer: W1 and b1, then W2 and b2, every weight from N(0, 1)
    double[][] w1 = new double[2][hidden];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < hidden; j++) {
        w1[i][j] = random.nextGaussian();
      }
    }
    double[] b1 = new double[hidden];
    for (int j = 0; j < hidden; j++) {
      b1[j] = random.nextGaussian();
    }
    double[] w2 = new double[hidden];
    for (int j = 0; j < hidden; j++) {
      w2[j] = random.nextGaussian();
    }
    double[] b2 = new double[] {random.nextGaussian()};
    RegressionParams net = new RegressionParams(w1, b1, w2, b2);
    RegressionBackpropImpl bp = new RegressionBackpropImpl();
    double[] losses = new double[iterations];
    for (int step = 0; step < iterations; step++) {
      double[] x = new double[2];
      x[0] = random.nextDouble();
      x[1] = random.nextDouble();
      double d = 2 * x[0] + 3 * x[1];
      RegressionForward out = bp.forward(net, x, f);
      losses[step] = (out.y() - d) * (out.y() - d) / 2;
      RegressionParams g = bp.backward(net, x, d, out, f);
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < hidden; j++) {
          w1[i][j] -= learningRate * g.w1()[i][j];
        }
      }
      for (int j = 0; j < hidden; j++) {
        b1[j] -= learningRate * g.b1()[j];
        w2[j] -= learningRate * g.w2()[j];
      }
      b2[0] -= learningRate * g.b2()[0];
    }
    return losses;
  }
}
