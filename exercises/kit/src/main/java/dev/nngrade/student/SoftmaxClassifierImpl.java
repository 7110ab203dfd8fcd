package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.train.SoftmaxClassifier;

/** {@link SoftmaxClassifier} の実装（課題: classify）。 Your implementation; the interface's Javadoc states the formula. */
public class SoftmaxClassifierImpl implements SoftmaxClassifier {
  private final int inputs;
  private final int classes;

  public SoftmaxClassifierImpl(int inputs, int classes) {
    this.inputs = inputs;
    this.classes = classes;
  }

  @Override
  public double[][] probabilities(double[][] x) {
    // TODO
    throw NotImplemented.of(Exercise.CLASSIFY, "SoftmaxClassifierImpl.probabilities");
  }

  @Override
  public int[] predict(double[][] x) {
    // TODO
    throw NotImplemented.of(Exercise.CLASSIFY, "SoftmaxClassifierImpl.predict");
  }

  @Override
  public double step(double[][] x, int[] labels, double learningRate) {
    // TODO
    throw NotImplemented.of(Exercise.CLASSIFY, "SoftmaxClassifierImpl.step");
  }

  @Override
  public double[][] weights() {
    // TODO
    throw NotImplemented.of(Exercise.CLASSIFY, "SoftmaxClassifierImpl.weights");
  }

  @Override
  public double[] bias() {
    // TODO
    throw NotImplemented.of(Exercise.CLASSIFY, "SoftmaxClassifierImpl.bias");
  }
}
