package dev.nngrade.nn.train;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.function.SquaredError;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.layer.ActivationLayer;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.IdentityWithLoss;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.optim.Sgd;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Lecture 002's implementation exercise: learn {@code f(x) = 2 x0 + 3 x1} from {@code x ~ U[0,1)^2}
 * with a 2-5-1 network (hidden sigmoid or ReLU, identity output, {@code mean((d − y)²)/2}) by
 * online SGD ({@code lr = 0.07}, one sample per step drawn with replacement). Weights are {@code
 * N(0,1)} drawn in the lecture's order W1, W2, b1, b2.
 *
 * <p>The lecture's own backprop multiplies by {@code d_sigmoid(z1)} where {@code z1} is already the
 * sigmoid's output; this reference uses the correct derivative {@code z1 (1 − z1)}.
 */
public final class RegressionExperiment {
  public static final int HIDDEN = 5;
  public static final double LEARNING_RATE = 0.07;

  private RegressionExperiment() {}

  /** The target function of the exercise. */
  public static double target(double x0, double x1) {
    return 2 * x0 + 3 * x1;
  }

  /** The loss of each of {@code iterations} steps, measured before that step's update. */
  public static double[] run(Backend be, Activation hidden, int dataSize, int iterations, long seed) {
    RandomGenerator data = Seeds.generator(seed, "data");
    double[][] xs = new double[dataSize][2];
    double[] ds = new double[dataSize];
    for (int i = 0; i < dataSize; i++) {
      xs[i][0] = data.nextDouble();
      xs[i][1] = data.nextDouble();
      ds[i] = target(xs[i][0], xs[i][1]);
    }
    RandomGenerator init = Seeds.generator(seed, "init");
    double[] w1 = gaussians(init, 2 * HIDDEN);
    double[] w2 = gaussians(init, HIDDEN);
    double[] b1 = gaussians(init, HIDDEN);
    double[] b2 = gaussians(init, 1);
    Sequential net =
        new Sequential(
            be,
            List.of(
                new Affine(new Parameter("W1", be.fromHost(w1, Shape.of(2, HIDDEN))), new Parameter("b1", be.fromHost(b1, Shape.of(HIDDEN)))),
                new ActivationLayer(hidden),
                new Affine(new Parameter("W2", be.fromHost(w2, Shape.of(HIDDEN, 1))), new Parameter("b2", be.fromHost(b2, Shape.of(1))))),
            new IdentityWithLoss(SquaredError.HALF_MEAN));
    Sgd sgd = new Sgd(LEARNING_RATE);
    RandomGenerator pick = Seeds.generator(seed, "samples");
    Tensor x = be.zeros(Shape.of(1, 2));
    Tensor d = be.zeros(Shape.of(1, 1));
    double[] losses = new double[iterations];
    for (int it = 0; it < iterations; it++) {
      int i = pick.nextInt(dataSize);
      be.upload(xs[i], x);
      be.upload(new double[] {ds[i]}, d);
      losses[it] = net.gradient(x, d);
      sgd.update(net.parameters());
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
}
