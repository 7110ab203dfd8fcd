package dev.nngrade.grader.mutants.sigmoid_layer_exp_ratio;

import dev.nngrade.contract.layer.SigmoidLayer;

/** Sigmoid layer computing e^x / (1 + e^x), which is ∞/∞ = NaN once e^x overflows (x above about 709.8). */
public class SigmoidLayerImpl implements SigmoidLayer {
  private double[][] y;

  @Override
  public double[][] forward(double[][] x) {
    y = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        double e = Math.exp(x[i][j]);
        y[i][j] = e / (1 + e);
      }
    }
    double[][] out = new double[y.length][];
    for (int i = 0; i < y.length; i++) {
      out[i] = y[i].clone();
    }
    return out;
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = new double[dout.length][dout[0].length];
    for (int i = 0; i < dout.length; i++) {
      for (int j = 0; j < dout[i].length; j++) {
        dx[i][j] = dout[i][j] * y[i][j] * (1 - y[i][j]);
      }
    }
    return dx;
  }
}
