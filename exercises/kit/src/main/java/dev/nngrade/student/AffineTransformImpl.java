package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.function.AffineTransform;

/** {@link AffineTransform} の実装（課題: affine）。 Your implementation; the interface's Javadoc states the formula. */
public class AffineTransformImpl implements AffineTransform {
  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    // TODO
    throw NotImplemented.of(Exercise.AFFINE, "AffineTransformImpl.column");
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    // TODO
    throw NotImplemented.of(Exercise.AFFINE, "AffineTransformImpl.rows");
  }
}
