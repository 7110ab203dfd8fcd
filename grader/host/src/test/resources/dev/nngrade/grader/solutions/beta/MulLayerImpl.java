package dev.nngrade.student;

import dev.nngrade.contract.layer.MulLayer;

public class MulLayerImpl implements MulLayer {
  private double[] kept = new double[2];

  @Override
  public double forward(double x, double y) {
    kept = new double[] {x, y};
    return x * y;
  }

  @Override
  public double[] backward(double dz) {
    double dx = kept[1] * dz;
    double dy = kept[0] * dz;
    return new double[] {dx, dy};
  }
}
