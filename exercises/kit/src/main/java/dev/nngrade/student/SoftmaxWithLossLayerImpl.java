package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.SoftmaxWithLossLayer;

/** {@link SoftmaxWithLossLayer} の実装（課題: softmax-loss）。 Your implementation; the interface's Javadoc states the formula. */
public class SoftmaxWithLossLayerImpl implements SoftmaxWithLossLayer {
  @Override
  public double forward(double[][] x, double[][] t) {
    // TODO
    throw NotImplemented.of(Exercise.SOFTMAX_LOSS, "SoftmaxWithLossLayerImpl.forward");
  }

  @Override
  public double[][] backward() {
    // TODO
    throw NotImplemented.of(Exercise.SOFTMAX_LOSS, "SoftmaxWithLossLayerImpl.backward");
  }

  @Override
  public double[][] output() {
    // TODO
    throw NotImplemented.of(Exercise.SOFTMAX_LOSS, "SoftmaxWithLossLayerImpl.output");
  }
}
