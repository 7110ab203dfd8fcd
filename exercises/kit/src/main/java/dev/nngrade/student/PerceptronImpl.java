package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.net.Perceptron;

/** {@link Perceptron} の実装（課題: perceptron）。 Your implementation; the interface's Javadoc states the formula. */
public class PerceptronImpl implements Perceptron {
  private final int inputs;
  private final double eta;

  public PerceptronImpl(int inputs, double eta) {
    this.inputs = inputs;
    this.eta = eta;
  }

  @Override
  public int predict(double[] x) {
    // TODO
    throw NotImplemented.of(Exercise.PERCEPTRON, "PerceptronImpl.predict");
  }

  @Override
  public void learn(double[] x, int y) {
    // TODO
    throw NotImplemented.of(Exercise.PERCEPTRON, "PerceptronImpl.learn");
  }

  @Override
  public double[] weights() {
    // TODO
    throw NotImplemented.of(Exercise.PERCEPTRON, "PerceptronImpl.weights");
  }

  @Override
  public double threshold() {
    // TODO
    throw NotImplemented.of(Exercise.PERCEPTRON, "PerceptronImpl.threshold");
  }

  @Override
  public int train(double[][] xs, int[] ys, int maxEpochs) {
    // TODO
    throw NotImplemented.of(Exercise.PERCEPTRON, "PerceptronImpl.train");
  }
}
