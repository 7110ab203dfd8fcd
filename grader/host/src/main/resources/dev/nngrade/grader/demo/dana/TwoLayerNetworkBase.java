package dev.nngrade.student;

import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.LinkedHashMap;
import java.util.Map;

public class TwoLayerNetworkBase implements TwoLayerNetwork {
  private final Map<String, double[][]> params;

  public TwoLayerNetworkBase(Map<String, double[][]> params) {
    this.params = params;
  }

  @Override
  public Map<String, double[][]> params() {
    return params;
  }

  private static double[][] affine(double[][] x, double[][] w, double[] b) {
    double[][] y = new double[x.length][b.length];
    for (int n = 0; n < x.length; n++) {
      for (int j = 0; j < b.length; j++) {
        double s = b[j];
        for (int i = 0; i < w.length; i++) {
          s += x[n][i] * w[i][j];
        }
        y[n][j] = s;
      }
    }
    return y;
  }

  private double[][] hidden(double[][] x) {
    double[][] a1 = affine(x, params.get("W1"), params.get("b1")[0]);
    for (double[] row : a1) {
      for (int j = 0; j < row.length; j++) {
        row[j] = 1 / (1 + Math.exp(-row[j]));
      }
    }
    return a1;
  }

  @Override
  public double[][] predict(double[][] x) {
    return new SoftmaxImpl().softmax(affine(hidden(x), params.get("W2"), params.get("b2")[0]));
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    return new CrossEntropyImpl().batchOneHot(predict(x), t);
  }

  @Override
  public double accuracy(double[][] x, double[][] t) {
    double[][] y = predict(x);
    int right = 0;
    for (int n = 0; n < y.length; n++) {
      right += argmax(y[n]) == argmax(t[n]) ? 1 : 0;
    }
    return (double) right / y.length;
  }

  private static int argmax(double[] v) {
    int k = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[k]) {
        k = i;
      }
    }
    return k;
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    Map<String, double[][]> grads = new LinkedHashMap<>();
    for (var e : params.entrySet()) {
      double[][] p = e.getValue();
      double[][] g = new double[p.length][p[0].length];
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          double keep = p[i][j];
          p[i][j] = keep + 1e-4;
          double plus = loss(x, t);
          p[i][j] = keep - 1e-4;
          double minus = loss(x, t);
          p[i][j] = keep;
          g[i][j] = (plus - minus) / 2e-4;
        }
      }
      grads.put(e.getKey(), g);
    }
    return grads;
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    int n = x.length;
    double[][] z1 = hidden(x);
    double[][] y = new SoftmaxImpl().softmax(affine(z1, params.get("W2"), params.get("b2")[0]));
    double[][] dy = new double[n][y[0].length];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < dy[r].length; k++) {
        dy[r][k] = (y[r][k] - t[r][k]) / n;
      }
    }
    double[][] w2 = params.get("W2");
    double[][] dW2 = new double[w2.length][w2[0].length];
    double[][] db2 = new double[1][w2[0].length];
    double[][] da1 = new double[n][w2.length];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < w2[0].length; k++) {
        db2[0][k] += dy[r][k];
        for (int j = 0; j < w2.length; j++) {
          dW2[j][k] += z1[r][j] * dy[r][k];
          da1[r][j] += dy[r][k] * w2[j][k];
        }
      }
      for (int j = 0; j < w2.length; j++) {
        da1[r][j] *= z1[r][j] * (1 - z1[r][j]);
      }
    }
    double[][] w1 = params.get("W1");
    double[][] dW1 = new double[w1.length][w1[0].length];
    double[][] db1 = new double[1][w1[0].length];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < w1[0].length; j++) {
        db1[0][j] += da1[r][j];
        for (int i = 0; i < w1.length; i++) {
          dW1[i][j] += x[r][i] * da1[r][j];
        }
      }
    }
    Map<String, double[][]> g = new LinkedHashMap<>();
    g.put("W1", dW1);
    g.put("b1", db1);
    g.put("W2", dW2);
    g.put("b2", db2);
    return g;
  }
}
