package dev.nngrade.grader.mutants.graph_mul_not_swapped;

import dev.nngrade.contract.layer.MulLayer;

/** Mul node whose backward does not swap the inputs: (dz·x, dz·y). */
public class MulLayerImpl implements MulLayer {
  private double x;
  private double y;

  @Override
  public double forward(double x, double y) {
    this.x = x;
    this.y = y;
    return x * y;
  }

  @Override
  public double[] backward(double dz) {
    return new double[] {dz * x, dz * y};
  }
}
