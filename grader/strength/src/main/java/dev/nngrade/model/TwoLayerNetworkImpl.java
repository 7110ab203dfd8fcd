package dev.nngrade.model;

import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The textbook's TwoLayerNet (4.5) with its backprop {@code gradient} (5.7), on the caller's arrays. */
public class TwoLayerNetworkImpl implements TwoLayerNetwork {
  private static final double DELTA = 1e-7;
  private static final double H = 1e-4;
  private static final List<String> KEYS = List.of("W1", "b1", "W2", "b2");

  private final Map<String, double[][]> params;

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    this.params = params;
  }

  @Override
  public Map<String, double[][]> params() {
    return params;
  }

  @Override
  public double[][] predict(double[][] x) {
    return softmax(affine(sigmoid(affine(x, params.get("W1"), params.get("b1")[0])), params.get("W2"), params.get("b2")[0]));
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    double[][] y = predict(x);
    double sum = 0;
    for (int n = 0; n < y.length; n++) {
      for (int k = 0; k < y[n].length; k++) {
        sum -= t[n][k] * Math.log(y[n][k] + DELTA);
      }
    }
    return sum / y.length;
  }

  @Override
  public double accuracy(double[][] x, double[][] t) {
    double[][] y = predict(x);
    int right = 0;
    for (int n = 0; n < y.length; n++) {
      if (argmax(y[n]) == argmax(t[n])) {
        right++;
      }
    }
    return (double) right / y.length;
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    Map<String, double[][]> grads = new LinkedHashMap<>();
    for (String key : KEYS) {
      double[][] p = params.get(key);
      double[][] g = new double[p.length][];
      for (int i = 0; i < p.length; i++) {
        g[i] = new double[p[i].length];
        for (int j = 0; j < p[i].length; j++) {
          double kept = p[i][j];
          p[i][j] = kept + H;
          double plus = loss(x, t);
          p[i][j] = kept - H;
          double minus = loss(x, t);
          p[i][j] = kept;
          g[i][j] = (plus - minus) / (2 * H);
        }
      }
      grads.put(key, g);
    }
    return grads;
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    double[][] w1 = params.get("W1"), w2 = params.get("W2");
    double[][] z1 = sigmoid(affine(x, w1, params.get("b1")[0]));
    double[][] y = softmax(affine(z1, w2, params.get("b2")[0]));
    int n = x.length, hidden = w2.length, out = y[0].length;
    double[][] dy = new double[n][out];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < out; k++) {
        dy[r][k] = (y[r][k] - t[r][k]) / n;
      }
    }
    double[][] dw2 = new double[hidden][out], db2 = new double[1][out];
    double[][] da1 = new double[n][hidden];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < out; k++) {
        db2[0][k] += dy[r][k];
        for (int j = 0; j < hidden; j++) {
          dw2[j][k] += z1[r][j] * dy[r][k];
          da1[r][j] += dy[r][k] * w2[j][k];
        }
      }
      for (int j = 0; j < hidden; j++) {
        da1[r][j] *= z1[r][j] * (1 - z1[r][j]);
      }
    }
    double[][] dw1 = new double[w1.length][hidden], db1 = new double[1][hidden];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < hidden; j++) {
        db1[0][j] += da1[r][j];
        for (int i = 0; i < w1.length; i++) {
          dw1[i][j] += x[r][i] * da1[r][j];
        }
      }
    }
    Map<String, double[][]> grads = new LinkedHashMap<>();
    grads.put("W1", dw1);
    grads.put("b1", db1);
    grads.put("W2", dw2);
    grads.put("b2", db2);
    return grads;
  }

  private static double[][] affine(double[][] x, double[][] w, double[] b) {
    double[][] u = new double[x.length][b.length];
    for (int n = 0; n < x.length; n++) {
      for (int j = 0; j < b.length; j++) {
        double sum = b[j];
        for (int i = 0; i < w.length; i++) {
          sum += x[n][i] * w[i][j];
        }
        u[n][j] = sum;
      }
    }
    return u;
  }

  private static double[][] sigmoid(double[][] a) {
    double[][] z = new double[a.length][];
    for (int n = 0; n < a.length; n++) {
      z[n] = new double[a[n].length];
      for (int j = 0; j < a[n].length; j++) {
        z[n][j] = 1 / (1 + Math.exp(-a[n][j]));
      }
    }
    return z;
  }

  private static double[][] softmax(double[][] a) {
    double[][] y = new double[a.length][];
    for (int n = 0; n < a.length; n++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : a[n]) {
        max = Math.max(max, v);
      }
      y[n] = new double[a[n].length];
      double sum = 0;
      for (int k = 0; k < a[n].length; k++) {
        y[n][k] = Math.exp(a[n][k] - max);
        sum += y[n][k];
      }
      for (int k = 0; k < a[n].length; k++) {
        y[n][k] /= sum;
      }
    }
    return y;
  }

  /** The first largest element, as NumPy's argmax. */
  private static int argmax(double[] v) {
    int best = 0;
    for (int k = 1; k < v.length; k++) {
      if (v[k] > v[best]) {
        best = k;
      }
    }
    return best;
  }
}
