package dev.nngrade.solution;

import dev.nngrade.contract.layer.AddLayer;

public class AddLayerImpl implements AddLayer {
  private final ScalarNode node = new ScalarNode(new dev.nngrade.nn.layer.AddLayer());

  @Override
  public double forward(double x, double y) {
    return node.forward(x, y);
  }

  @Override
  public double[] backward(double dz) {
    return node.backward(dz);
  }
}
