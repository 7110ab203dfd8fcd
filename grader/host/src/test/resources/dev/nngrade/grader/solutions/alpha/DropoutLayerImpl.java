package dev.nngrade.student;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import java.util.random.RandomGenerator;

/** Dropout with a 0/1 mask; the scale goes where the course's form puts it. */
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
    double[][] out = new double[x.length][];
    if (train) {
      double scale = form == DropoutForm.INVERTED ? 1.0 / (1.0 - ratio) : 1.0;
      mask = new double[x.length][];
      for (int n = 0; n < x.length; n++) {
        mask[n] = new double[x[n].length];
        out[n] = new double[x[n].length];
        for (int j = 0; j < x[n].length; j++) {
          mask[n][j] = random.nextDouble() > ratio ? 1.0 : 0.0;
          out[n][j] = x[n][j] * mask[n][j] * scale;
        }
      }
      return out;
    }
    double keep = form == DropoutForm.INVERTED ? 1.0 : 1.0 - ratio;
    for (int n = 0; n < x.length; n++) {
      out[n] = new double[x[n].length];
      for (int j = 0; j < x[n].length; j++) {
        out[n][j] = x[n][j] * keep;
      }
    }
    return out;
  }

  @Override
  public double[][] backward(double[][] dout) {
    if (mask == null) {
      throw new IllegalStateException("backward before a training forward");
    }
    if (dout.length != mask.length) {
      throw new IllegalArgumentException("dout must have " + mask.length + " rows");
    }
    double scale = form == DropoutForm.INVERTED ? 1.0 / (1.0 - ratio) : 1.0;
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      if (dout[n].length != mask[n].length) {
        throw new IllegalArgumentException("row " + n + " of dout must have " + mask[n].length + " values");
      }
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        dx[n][j] = dout[n][j] * mask[n][j] * scale;
      }
    }
    return dx;
  }
}
