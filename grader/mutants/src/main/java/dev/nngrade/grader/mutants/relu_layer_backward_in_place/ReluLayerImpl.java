package dev.nngrade.grader.mutants.relu_layer_backward_in_place;

import dev.nngrade.contract.layer.ReluLayer;

/** ReLU layer whose backward zeroes dout itself and returns it (the textbook's dout[self.mask] = 0). */
public class ReluLayerImpl implements ReluLayer {
  private boolean[][] mask;

  @Override
  public double[][] forward(double[][] x) {
    mask = new boolean[x.length][];
    for (int i = 0; i < x.length; i++) {
      mask[i] = new boolean[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        mask[i][j] = x[i][j] <= 0;
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
    double[][] dx = dout;
    for (int i = 0; i < dout.length; i++) {
      for (int j = 0; j < dout[i].length; j++) {
        dx[i][j] = mask[i][j] ? 0 : dout[i][j];
      }
    }
    return dx;
  }
}
