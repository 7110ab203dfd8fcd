package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.tensor.Checks;
import java.util.random.RandomGenerator;

/**
 * The simple perceptron of lecture 001: {@code ŷ = f(w·x − θ)} with the learning rule {@code w ←
 * w + η (y − ŷ) f'(w·x − θ) x} and {@code θ ← θ − η (y − ŷ) f'(w·x − θ)} (θ is a weight on a constant
 * input −1). For the step function the derivative factor is taken as 1: Rosenblatt's rule {@code w ←
 * w + η (y − ŷ) x}. With {@link Activation#SIGMOID} it is the gradient step on ½(y − ŷ)².
 */
public final class Perceptron {
  private final Activation f;
  private final double eta;
  private final double[] w;
  private double theta;

  /** All weights and the threshold start at 0. */
  public Perceptron(int inputs, Activation f, double eta) {
    Checks.positive("inputs", inputs);
    Checks.check(f == Activation.STEP || f == Activation.SIGMOID,
        () -> "Perceptron: the lecture's perceptron uses the step or the sigmoid function, got " + f);
    this.f = f;
    this.eta = Checks.positive("learning rate", eta);
    this.w = new double[inputs];
  }

  private double net(double[] x) {
    Checks.check(x.length == w.length, () -> "Perceptron: x has " + x.length + " elements, expected " + w.length);
    double s = 0.0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s - theta;
  }

  /** {@code f(w·x − θ)}. */
  public double output(double[] x) {
    return f.apply(net(x));
  }

  /** The class, 0 or 1 (the sigmoid output thresholded at ½). */
  public int predict(double[] x) {
    return output(x) > 0.5 ? 1 : 0;
  }

  /** One application of the learning rule to sample {@code (x, y)}, y in {0, 1}. */
  public void learn(double[] x, int y) {
    Checks.check(y == 0 || y == 1, () -> "Perceptron: label must be 0 or 1, got " + y);
    double u = net(x);
    double yHat = f.apply(u);
    double factor = f == Activation.STEP ? 1.0 : f.derivative(u, yHat);
    double step = eta * (y - yHat) * factor;
    for (int i = 0; i < w.length; i++) {
      w[i] += step * x[i];
    }
    theta -= step;
  }

  /**
   * Passes over the samples in a fresh random order each epoch (lecture 001: "学習サンプルはシャッフルしておくこと")
   * until every sample is classified correctly or {@code maxEpochs} pass; returns the epochs used, or −1 if it never separated them.
   */
  public int train(double[][] xs, int[] ys, int maxEpochs, RandomGenerator random) {
    Checks.check(xs.length == ys.length && xs.length > 0, () -> "Perceptron: " + xs.length + " samples but " + ys.length + " labels");
    int[] order = new int[xs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        learn(xs[i], ys[i]);
      }
      if (errors(xs, ys) == 0) {
        return epoch;
      }
    }
    return -1;
  }

  public int errors(double[][] xs, int[] ys) {
    int e = 0;
    for (int i = 0; i < xs.length; i++) {
      if (predict(xs[i]) != ys[i]) {
        e++;
      }
    }
    return e;
  }

  static void shuffle(int[] a, RandomGenerator random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  public double[] weights() {
    return w.clone();
  }

  public double threshold() {
    return theta;
  }
}
