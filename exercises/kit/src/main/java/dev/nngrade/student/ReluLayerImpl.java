package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.ReluLayer;

/** {@link ReluLayer} の実装（課題: act-layers）。 Your implementation; the interface's Javadoc states the formula. */
public class ReluLayerImpl implements ReluLayer {
  @Override
  public double[][] forward(double[][] x) {
    // TODO
    throw NotImplemented.of(Exercise.ACT_LAYERS, "ReluLayerImpl.forward");
  }

  @Override
  public double[][] backward(double[][] dout) {
    // TODO
    throw NotImplemented.of(Exercise.ACT_LAYERS, "ReluLayerImpl.backward");
  }
}
