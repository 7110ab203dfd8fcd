package dev.nngrade.grader.mutants.sigmoid_layer_backward_on_input;

import dev.nngrade.contract.layer.SigmoidLayer;

public class SigmoidLayerImpl implements SigmoidLayer {
  private double[][] x;

  @Override
  public double[][] forward(double[][] x) {
    this.x = x;
    return new dev.nngrade.solution.SigmoidLayerImpl().forward(x);
  }

  /** The mistake: the derivative taken on the pre-activation x instead of the output y. */
  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][];
    for (int i = 0; i < dout.length; i++) {
      dx[i] = new double[dout[i].length];
      for (int j = 0; j < dx[i].length; j++) {
        dx[i][j] = dout[i][j] * x[i][j] * (1 - x[i][j]);
      }
    }
    return dx;
  }
}
