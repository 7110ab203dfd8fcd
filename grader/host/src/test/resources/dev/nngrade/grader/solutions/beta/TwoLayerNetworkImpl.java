package dev.nngrade.student;

import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.HashMap;
import java.util.Map;

public class TwoLayerNetworkImpl implements TwoLayerNetwork {
  private final Map<String, double[][]> params;

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    this.params = params;
  }

  @Override
  public Map<String, double[][]> params() {
    return params;
  }

  // x W + b, one output column at a time
  private static double[][] affine(double[][] x, double[][] w, double[] b) {
    int in = w.length;
    int out = b.length;
    double[][] u = new double[x.length][out];
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != in) {
        throw new IllegalArgumentException("x[" + n + "] has " + x[n].length + " entries, W has " + in + " rows");
      }
    }
    for (int j = 0; j < out; j++) {
      for (int n = 0; n < x.length; n++) {
        double s = 0;
        for (int i = 0; i < in; i++) {
          s += x[n][i] * w[i][j];
        }
        u[n][j] = s + b[j];
      }
    }
    return u;
  }

  private static double sigmoid(double a) {
    return 0.5 * (1.0 + Math.tanh(0.5 * a));
  }

  private static double[] softmax(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double[] y = new double[a.length];
    double sum = 0;
    for (int k = a.length - 1; k >= 0; k--) {
      y[k] = Math.exp(a[k] - max);
      sum += y[k];
    }
    for (int k = 0; k < a.length; k++) {
      y[k] /= sum;
    }
    return y;
  }

  private double[][] hidden(double[][] x) {
    double[][] z1 = affine(x, params.get("W1"), params.get("b1")[0]);
    for (double[] row : z1) {
      for (int j = 0; j < row.length; j++) {
        row[j] = sigmoid(row[j]);
      }
    }
    return z1;
  }

  private double[][] output(double[][] z1) {
    double[][] a2 = affine(z1, params.get("W2"), params.get("b2")[0]);
    double[][] y = new double[a2.length][];
    for (int n = 0; n < a2.length; n++) {
      y[n] = softmax(a2[n]);
    }
    return y;
  }

  @Override
  public double[][] predict(double[][] x) {
    return output(hidden(x));
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

  private static void checkT(double[][] y, double[][] t) {
    if (t.length != y.length || y.length == 0) {
      throw new IllegalArgumentException("t has " + t.length + " rows, x has " + y.length);
    }
    for (int n = 0; n < y.length; n++) {
      if (t[n].length != y[n].length) {
        throw new IllegalArgumentException("t[" + n + "] must have " + y[n].length + " entries");
      }
    }
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    double[][] y = output(hidden(x));
    checkT(y, t);
    double total = 0;
    for (int n = y.length - 1; n >= 0; n--) {
      for (int k = 0; k < y[n].length; k++) {
        if (t[n][k] != 0) {
          total += t[n][k] * Math.log(y[n][k] + 1e-7);
        }
      }
    }
    return -total / y.length;
  }

  @Override
  public double accuracy(double[][] x, double[][] t) {
    double[][] y = predict(x);
    checkT(y, t);
    int hits = 0;
    for (int n = 0; n < y.length; n++) {
      if (argmax(y[n]) == argmax(t[n])) {
        hits++;
      }
    }
    return hits / (double) y.length;
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    double h = 1e-4;
    Map<String, double[][]> grads = new HashMap<>();
    for (String key : new String[] {"W1", "b1", "W2", "b2"}) {
      double[][] p = params.get(key);
      double[][] g = new double[p.length][];
      for (int i = 0; i < p.length; i++) {
        g[i] = new double[p[i].length];
        for (int j = 0; j < p[i].length; j++) {
          double old = p[i][j];
          p[i][j] = old + h;
          double f1 = loss(x, t);
          p[i][j] = old - h;
          double f2 = loss(x, t);
          p[i][j] = old;
          g[i][j] = (f1 - f2) / (2 * h);
        }
      }
      grads.put(key, g);
    }
    return grads;
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    double[][] w1 = params.get("W1");
    double[][] w2 = params.get("W2");
    double[][] z1 = hidden(x);
    double[][] y = output(z1);
    checkT(y, t);
    int n = y.length;
    int hid = w2.length;
    int out = y[0].length;
    int in = w1.length;
    double[][] dy = new double[n][out];
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < out; k++) {
        dy[s][k] = (y[s][k] - t[s][k]) / n;
      }
    }
    double[][] dw2 = new double[hid][out];
    double[][] db2 = new double[1][out];
    double[][] da1 = new double[n][hid];
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < out; k++) {
        db2[0][k] += dy[s][k];
        for (int j = 0; j < hid; j++) {
          dw2[j][k] += z1[s][j] * dy[s][k];
        }
      }
      for (int j = 0; j < hid; j++) {
        double back = 0;
        for (int k = 0; k < out; k++) {
          back += dy[s][k] * w2[j][k];
        }
        da1[s][j] = back * (1 - z1[s][j]) * z1[s][j];
      }
    }
    double[][] dw1 = new double[in][hid];
    double[][] db1 = new double[1][hid];
    for (int s = 0; s < n; s++) {
      for (int j = 0; j < hid; j++) {
        db1[0][j] += da1[s][j];
        for (int i = 0; i < in; i++) {
          dw1[i][j] += x[s][i] * da1[s][j];
        }
      }
    }
    Map<String, double[][]> grads = new HashMap<>();
    grads.put("W1", dw1);
    grads.put("b1", db1);
    grads.put("W2", dw2);
    grads.put("b2", db2);
    return grads;
  }
}
