package dev.nngrade.model;

import dev.nngrade.contract.layer.AddLayer;

public class AddLayerImpl implements AddLayer {
  @Override
  public double forward(double x, double y) {
    return x + y;
  }

  @Override
  public double[] backward(double dz) {
    return new double[] {dz, dz};
  }
}
