package dev.nngrade.solution;

import dev.nngrade.contract.layer.Layer;

/** An nn-core layer on the contract's row batches. */
abstract class RowLayer implements Layer {
  private final dev.nngrade.nn.layer.Layer layer;

  RowLayer(dev.nngrade.nn.layer.Layer layer) {
    this.layer = layer;
  }

  @Override
  public final double[][] forward(double[][] x) {
    return Host.matrix(layer.forward(Host.matrix("x", x), true));
  }

  @Override
  public final double[][] backward(double[][] dout) {
    return Host.matrix(layer.backward(Host.matrix("dout", dout)));
  }
}
