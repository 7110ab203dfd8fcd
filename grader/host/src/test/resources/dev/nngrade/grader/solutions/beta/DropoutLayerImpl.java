package dev.nngrade.student;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import java.util.random.RandomGenerator;

public class DropoutLayerImpl implements DropoutLayer {
  private final double ratio;
  private final DropoutForm form;
  private final RandomGenerator random;
  private boolean[][] kept;

  public DropoutLayerImpl(double ratio, DropoutForm form, RandomGenerator random) {
    this.ratio = ratio;
    this.form = form;
    this.random = random;
  }

  private double pass(double v) {
    return form == DropoutForm.INVERTED ? v / (1 - ratio) : v;
  }

  @Override
  public double[][] forward(double[][] x, boolean train) {
    double[][] y = new double[x.length][];
    if (train) {
      kept = new boolean[x.length][];
      for (int n = 0; n < x.length; n++) {
        kept[n] = new boolean[x[n].length];
        y[n] = new double[x[n].length];
        for (int j = 0; j < x[n].length; j++) {
          kept[n][j] = random.nextDouble() > ratio;
          y[n][j] = kept[n][j] ? pass(x[n][j]) : 0.0;
        }
      }
    } else {
      for (int n = 0; n < x.length; n++) {
        y[n] = new double[x[n].length];
        for (int j = 0; j < x[n].length; j++) {
          y[n][j] = form == DropoutForm.INVERTED ? x[n][j] : x[n][j] * (1 - ratio);
        }
      }
    }
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    if (kept == null || dout.length != kept.length) {
      throw new IllegalArgumentException("backward needs the mask of a training forward of the same shape");
    }
    double[][] dx = new double[dout.length][];
    for (int n = 0; n < dout.length; n++) {
      if (dout[n].length != kept[n].length) {
        throw new IllegalArgumentException("dout[" + n + "] must have " + kept[n].length + " entries");
      }
      dx[n] = new double[dout[n].length];
      for (int j = 0; j < dout[n].length; j++) {
        dx[n][j] = kept[n][j] ? pass(dout[n][j]) : 0.0;
      }
    }
    return dx;
  }
}
