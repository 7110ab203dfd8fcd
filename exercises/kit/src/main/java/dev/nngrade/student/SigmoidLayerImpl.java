package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.SigmoidLayer;

/** {@link SigmoidLayer} の実装（課題: act-layers）。 Your implementation; the interface's Javadoc states the formula. */
public class SigmoidLayerImpl implements SigmoidLayer {
  @Override
  public double[][] forward(double[][] x) {
    // TODO
    throw NotImplemented.of(Exercise.ACT_LAYERS, "SigmoidLayerImpl.forward");
  }

  @Override
  public double[][] backward(double[][] dout) {
    // TODO
    throw NotImplemented.of(Exercise.ACT_LAYERS, "SigmoidLayerImpl.backward");
  }
}
