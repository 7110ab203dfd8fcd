package dev.nngrade.student;

import dev.nngrade.contract.layer.AddLayer;

/** z = x + y; the gradient goes to both inputs unchanged. */
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
