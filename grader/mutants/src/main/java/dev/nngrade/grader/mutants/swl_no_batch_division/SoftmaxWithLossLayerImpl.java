package dev.nngrade.grader.mutants.swl_no_batch_division;

import dev.nngrade.contract.layer.SoftmaxWithLossLayer;

public class SoftmaxWithLossLayerImpl implements SoftmaxWithLossLayer {
  private final SoftmaxWithLossLayer ref = new dev.nngrade.solution.SoftmaxWithLossLayerImpl();

  @Override
  public double forward(double[][] x, double[][] t) {
    return ref.forward(x, t);
  }

  @Override
  public double[][] backward() {
    double[][] d = ref.backward();
    for (double[] row : d) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= d.length;
      }
    }
    return d;
  }

  @Override
  public double[][] output() {
    return ref.output();
  }
}
