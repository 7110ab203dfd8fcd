package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.function.Softmax;

/** {@link Softmax} の実装（課題: softmax）。 Your implementation; the interface's Javadoc states the formula. */
public class SoftmaxImpl implements Softmax {
  @Override
  public double[] softmax(double[] a) {
    // TODO
    throw NotImplemented.of(Exercise.SOFTMAX, "SoftmaxImpl.softmax");
  }

  @Override
  public double[][] softmax(double[][] a) {
    // TODO
    throw NotImplemented.of(Exercise.SOFTMAX, "SoftmaxImpl.softmax");
  }
}
