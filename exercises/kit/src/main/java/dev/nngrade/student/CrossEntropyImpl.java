package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.function.CrossEntropy;

/** {@link CrossEntropy} の実装（課題: cross-entropy）。 Your implementation; the interface's Javadoc states the formula. */
public class CrossEntropyImpl implements CrossEntropy {
  @Override
  public double oneHot(double[] y, double[] t) {
    // TODO
    throw NotImplemented.of(Exercise.CROSS_ENTROPY, "CrossEntropyImpl.oneHot");
  }

  @Override
  public double label(double[] y, int t) {
    // TODO
    throw NotImplemented.of(Exercise.CROSS_ENTROPY, "CrossEntropyImpl.label");
  }

  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    // TODO
    throw NotImplemented.of(Exercise.CROSS_ENTROPY, "CrossEntropyImpl.batchOneHot");
  }

  @Override
  public double batchLabels(double[][] y, int[] t) {
    // TODO
    throw NotImplemented.of(Exercise.CROSS_ENTROPY, "CrossEntropyImpl.batchLabels");
  }
}
