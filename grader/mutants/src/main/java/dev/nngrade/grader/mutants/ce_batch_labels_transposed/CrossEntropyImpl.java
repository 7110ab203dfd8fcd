package dev.nngrade.grader.mutants.ce_batch_labels_transposed;

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

  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    return ref.batchOneHot(y, t);
  }

  /** The mistake: y indexed [label][sample] instead of [sample][label] (the same on a square batch with symmetric values). */
  @Override
  public double batchLabels(double[][] y, int[] t) {
    if (t.length != y.length) {
      throw new IllegalArgumentException(y.length + " rows but " + t.length + " labels");
    }
    double s = 0;
    for (int n = 0; n < y.length; n++) {
      s += Math.log(y[t[n]][n] + DELTA);
    }
    return -s / y.length;
  }
}
