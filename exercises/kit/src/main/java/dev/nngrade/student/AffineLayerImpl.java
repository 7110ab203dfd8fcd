package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.AffineLayer;

/** {@link AffineLayer} の実装（課題: affine-layer）。 Your implementation; the interface's Javadoc states the formula. */
public class AffineLayerImpl implements AffineLayer {
  private final double[][] w;
  private final double[] b;

  public AffineLayerImpl(double[][] w, double[] b) {
    this.w = w;
    this.b = b;
  }

  @Override
  public double[][] forward(double[][] x) {
    // TODO
    throw NotImplemented.of(Exercise.AFFINE_LAYER, "AffineLayerImpl.forward");
  }

  @Override
  public double[][] backward(double[][] dout) {
    // TODO
    throw NotImplemented.of(Exercise.AFFINE_LAYER, "AffineLayerImpl.backward");
  }

  @Override
  public double[][] dW() {
    // TODO
    throw NotImplemented.of(Exercise.AFFINE_LAYER, "AffineLayerImpl.dW");
  }

  @Override
  public double[] db() {
    // TODO
    throw NotImplemented.of(Exercise.AFFINE_LAYER, "AffineLayerImpl.db");
  }
}
