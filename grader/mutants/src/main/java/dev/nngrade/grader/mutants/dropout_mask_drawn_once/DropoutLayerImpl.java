package dev.nngrade.grader.mutants.dropout_mask_drawn_once;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import java.util.random.RandomGenerator;

/** Dropout that draws its mask at the first training forward only and reuses it afterwards. */
public class DropoutLayerImpl implements DropoutLayer {
  private final double ratio;
  private final DropoutForm form;
  private final RandomGenerator random;
  private double[][] mask;

  public DropoutLayerImpl(double ratio, DropoutForm form, RandomGenerator random) {
    this.ratio = ratio;
    this.form = form;
    this.random = random;
  }

  @Override
  public double[][] forward(double[][] x, boolean train) {
    int rows = x.length, cols = x[0].length;
    double kept = form == DropoutForm.INVERTED ? 1 / (1 - ratio) : 1;
    if (!train) {
      double s = form == DropoutForm.SCALE_AT_INFERENCE ? 1 - ratio : 1;
      double[][] out = new double[rows][cols];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          out[i][j] = x[i][j] * s;
        }
      }
      return out;
    }
    if (mask == null || mask.length != rows || mask[0].length != cols) {
      mask = new double[rows][cols];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          mask[i][j] = random.nextDouble() > ratio ? kept : 0;
        }
      }
    }
    double[][] out = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out[i][j] = x[i][j] * mask[i][j];
      }
    }
    return out;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][dout[0].length];
    for (int i = 0; i < dout.length; i++) {
      for (int j = 0; j < dout[i].length; j++) {
        dx[i][j] = dout[i][j] * mask[i][j];
      }
    }
    return dx;
  }
}
