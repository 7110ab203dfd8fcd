package dev.nngrade.grader.mutants.tln_softmax_no_max;

import dev.nngrade.grader.mutants.TwoLayerNetworkDelegate;
import java.util.Map;

/** TwoLayerNet whose predict and loss use a softmax without subtracting the maximum: exp overflows for large scores. */
public class TwoLayerNetworkImpl extends TwoLayerNetworkDelegate {
  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    super(params);
  }

  @Override
  public double[][] predict(double[][] x) {
    Map<String, double[][]> p = params();
    double[][] w1 = p.get("W1"), b1 = p.get("b1"), w2 = p.get("W2"), b2 = p.get("b2");
    int hidden = w1[0].length, out = w2[0].length;
    double[][] y = new double[x.length][out];
    for (int n = 0; n < x.length; n++) {
      double[] z = new double[hidden];
      for (int j = 0; j < hidden; j++) {
        double a = b1[0][j];
        for (int i = 0; i < w1.length; i++) {
          a += x[n][i] * w1[i][j];
        }
        z[j] = 1 / (1 + Math.exp(-a));
      }
      double sum = 0;
      for (int k = 0; k < out; k++) {
        double a = b2[0][k];
        for (int j = 0; j < hidden; j++) {
          a += z[j] * w2[j][k];
        }
        y[n][k] = Math.exp(a);
        sum += y[n][k];
      }
      for (int k = 0; k < out; k++) {
        y[n][k] /= sum;
      }
    }
    return y;
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    double[][] y = predict(x);
    double s = 0;
    for (int n = 0; n < y.length; n++) {
      for (int k = 0; k < y[n].length; k++) {
        s -= t[n][k] * Math.log(y[n][k] + 1e-7);
      }
    }
    return s / y.length;
  }
}
