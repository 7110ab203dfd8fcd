package dev.nngrade.solution;

import dev.nngrade.contract.layer.SoftmaxWithLossLayer;
import dev.nngrade.nn.layer.SoftmaxWithLoss;

public class SoftmaxWithLossLayerImpl implements SoftmaxWithLossLayer {
  private final SoftmaxWithLoss layer = new SoftmaxWithLoss();

  @Override
  public double forward(double[][] x, double[][] t) {
    return layer.forward(Host.matrix("x", x), Host.matrix("t", t));
  }

  @Override
  public double[][] backward() {
    return Host.matrix(layer.backward());
  }

  @Override
  public double[][] output() {
    return Host.matrix(layer.output());
  }
}
