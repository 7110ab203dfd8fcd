package dev.nngrade.grader.mutants.ce_batch_divides_by_classes;

import dev.nngrade.contract.function.CrossEntropy;

public class CrossEntropyImpl implements CrossEntropy {
  private final CrossEntropy ref = new dev.nngrade.solution.CrossEntropyImpl();

  @Override
  public double oneHot(double[] y, double[] t) {
    return ref.oneHot(y, t);
  }

  @Override
  public double label(double[] y, int t) {
    return ref.label(y, t);
  }

  /** The mistake: divided by the number of classes (y.shape[1]) instead of the batch size (y.shape[0]). */
  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    return ref.batchOneHot(y, t) * y.length / y[0].length;
  }

  @Override
  public double batchLabels(double[][] y, int[] t) {
    return ref.batchLabels(y, t) * y.length / y[0].length;
  }
}
