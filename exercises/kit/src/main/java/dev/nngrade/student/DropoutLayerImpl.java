package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import java.util.random.RandomGenerator;

/** {@link DropoutLayer} の実装（課題: dropout）。 Your implementation; the interface's Javadoc states the formula. */
public class DropoutLayerImpl implements DropoutLayer {
  private final double ratio;
  private final DropoutForm form;
  private final RandomGenerator random;

  public DropoutLayerImpl(double ratio, DropoutForm form, RandomGenerator random) {
    this.ratio = ratio;
    this.form = form;
    this.random = random;
  }

  @Override
  public double[][] forward(double[][] x, boolean train) {
    // TODO
    throw NotImplemented.of(Exercise.DROPOUT, "DropoutLayerImpl.forward");
  }

  @Override
  public double[][] backward(double[][] dout) {
    // TODO
    throw NotImplemented.of(Exercise.DROPOUT, "DropoutLayerImpl.backward");
  }
}
