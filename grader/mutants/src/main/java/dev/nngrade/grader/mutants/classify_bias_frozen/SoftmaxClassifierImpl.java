package dev.nngrade.grader.mutants.classify_bias_frozen;

import dev.nngrade.contract.train.SoftmaxClassifier;

public class SoftmaxClassifierImpl implements SoftmaxClassifier {
  private final SoftmaxClassifier ref;
  private final double[] zeros;

  public SoftmaxClassifierImpl(int inputs, int classes) {
    ref = new dev.nngrade.solution.SoftmaxClassifierImpl(inputs, classes);
    zeros = new double[classes];
  }

  @Override
  public double[][] probabilities(double[][] x) {
    return ref.probabilities(x);
  }

  @Override
  public int[] predict(double[][] x) {
    return ref.predict(x);
  }

  @Override
  public double step(double[][] x, int[] labels, double learningRate) {
    return ref.step(x, labels, learningRate);
  }

  @Override
  public double[][] weights() {
    return ref.weights();
  }

  /** The mistake: the bias is never updated (reported as its initial value). */
  @Override
  public double[] bias() {
    return zeros.clone();
  }
}
