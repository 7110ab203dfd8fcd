package dev.nngrade.model;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import java.util.random.RandomGenerator;

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
    double[][] y = new double[x.length][];
    if (train) {
      // inverted dropout scales the kept elements in training, so inference is the identity
      double keep = form == DropoutForm.INVERTED ? 1 / (1 - ratio) : 1;
      mask = new double[x.length][];
      for (int n = 0; n < x.length; n++) {
        mask[n] = new double[x[n].length];
        y[n] = new double[x[n].length];
        for (int j = 0; j < x[n].length; j++) {
          mask[n][j] = random.nextDouble() > ratio ? keep : 0;
          y[n][j] = x[n][j] * mask[n][j];
        }
      }
      return y;
    }
    double scale = form == DropoutForm.SCALE_AT_INFERENCE ? 1 - ratio : 1;
    for (int n = 0; n < x.length; n++) {
      y[n] = new double[x[n].length];
      for (int j = 0; j < x[n].length; j++) {
        y[n][j] = x[n][j] * scale;
      }
    }
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        dx[n][j] = dout[n][j] * mask[n][j];
      }
    }
    return dx;
  }
}
