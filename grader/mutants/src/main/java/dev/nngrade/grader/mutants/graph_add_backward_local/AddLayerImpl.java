package dev.nngrade.grader.mutants.graph_add_backward_local;

import dev.nngrade.contract.layer.AddLayer;

/** Add node whose backward returns its local derivatives (1, 1) without multiplying by dz. */
public class AddLayerImpl implements AddLayer {
  @Override
  public double forward(double x, double y) {
    return x + y;
  }

  @Override
  public double[] backward(double dz) {
    return new double[] {1, 1};
  }
}
