package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.MulLayer;

/** {@link MulLayer} の実装（課題: graph）。 Your implementation; the interface's Javadoc states the formula. */
public class MulLayerImpl implements MulLayer {
  @Override
  public double forward(double x, double y) {
    // TODO
    throw NotImplemented.of(Exercise.GRAPH, "MulLayerImpl.forward");
  }

  @Override
  public double[] backward(double dz) {
    // TODO
    throw NotImplemented.of(Exercise.GRAPH, "MulLayerImpl.backward");
  }
}
