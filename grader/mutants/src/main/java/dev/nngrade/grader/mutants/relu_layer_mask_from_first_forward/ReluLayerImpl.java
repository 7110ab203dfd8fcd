package dev.nngrade.grader.mutants.relu_layer_mask_from_first_forward;

import dev.nngrade.contract.layer.ReluLayer;

/** ReLU layer that keeps the mask of its first forward only. */
public class ReluLayerImpl implements ReluLayer {
  private boolean[][] mask;

  @Override
  public double[][] forward(double[][] x) {
    if (mask == null) {
      mask = new boolean[x.length][];
      for (int i = 0; i < x.length; i++) {
        mask[i] = new boolean[x[i].length];
        for (int j = 0; j < x[i].length; j++) {
          mask[i][j] = x[i][j] <= 0;
        }
      }
    }
    double[][] out = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        out[i][j] = mask[i][j] ? 0 : x[i][j];
      }
    }
    return out;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][dout[0].length];
    for (int i = 0; i < dout.length; i++) {
      for (int j = 0; j < dout[i].length; j++) {
        dx[i][j] = mask[i][j] ? 0 : dout[i][j];
      }
    }
    return dx;
  }
}
