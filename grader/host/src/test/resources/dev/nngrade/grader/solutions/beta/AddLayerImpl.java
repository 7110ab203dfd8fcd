package dev.nngrade.student;

import dev.nngrade.contract.layer.AddLayer;

public class AddLayerImpl implements AddLayer {
  @Override
  public double forward(double x, double y) {
    return x + y;
  }

  @Override
  public double[] backward(double dz) {
    double dx = dz * 1;
    double dy = dz * 1;
    return new double[] {dx, dy};
  }
}
