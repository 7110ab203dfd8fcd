package dev.nngrade.grader.mutants.graph_mul_keeps_first_inputs;

import dev.nngrade.contract.layer.MulLayer;

/** Mul node that keeps the inputs of its first forward only. */
public class MulLayerImpl implements MulLayer {
  private double x;
  private double y;
  private boolean kept;

  @Override
  public double forward(double x, double y) {
    if (!kept) {
      this.x = x;
      this.y = y;
      kept = true;
    }
    return x * y;
  }

  @Override
  public double[] backward(double dz) {
    return new double[] {dz * y, dz * x};
  }
}
