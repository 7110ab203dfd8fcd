package dev.nngrade.student;

import dev.nngrade.contract.function.CrossEntropy;

/** Throws an exception whose message, text and cause never return: the runner must not ask for them. */
public class CrossEntropyImpl implements CrossEntropy {
  static final class Evil extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      while (true) {
        Thread.onSpinWait();
      }
    }

    @Override
    public String toString() {
      return getMessage();
    }

    @Override
    public synchronized Throwable getCause() {
      return this;
    }
  }

  @Override
  public double oneHot(double[] y, double[] t) {
    throw new Evil();
  }

  @Override
  public double label(double[] y, int t) {
    throw new Evil();
  }

  @Override
  public double batchOneHot(double[][] y, double[][] t) {
    throw new Evil();
  }

  @Override
  public double batchLabels(double[][] y, int[] t) {
    throw new Evil();
  }
}
