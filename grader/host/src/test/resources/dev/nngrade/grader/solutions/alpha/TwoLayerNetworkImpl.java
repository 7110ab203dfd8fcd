package dev.nngrade.student;

import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The textbook's TwoLayerNet, reading its parameters from the live map on every call. */
public class TwoLayerNetworkImpl implements TwoLayerNetwork {
  private static final List<String> KEYS = List.of("W1", "b1", "W2", "b2");
  private static final double H = 1e-4;
  private final Map<String, double[][]> params;

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    if (params == null || !params.keySet().containsAll(KEYS)) {
      throw new IllegalArgumentException("params needs W1, b1, W2 and b2");
    }
    this.params = params;
  }

  @Override
  public Map<String, double[][]> params() {
    return params;
  }

  private double[][] hidden(double[][] x) {
    double[][] a1 = Careful.affineRows(x, params.get("W1"), params.get("b1")[0]);
    for (double[] row : a1) {
      for (int j = 0; j < row.length; j++) {
        row[j] = Careful.sigmoid(row[j]);
      }
    }
    return a1;
  }

  @Override
  public double[][] predict(double[][] x) {
    double[][] z1 = hidden(x);
    return Careful.softmaxRows(Careful.affineRows(z1, params.get("W2"), params.get("b2")[0]));
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    double[][] y = predict(x);
    checkTargets(y, t);
    Careful.Sum s = new Careful.Sum();
    for (int n = 0; n < y.length; n++) {
      s.add(Math.log(y[n][Careful.argmax(t[n])] + 1e-7));
    }
    return -s.value() / y.length;
  }

  @Override
  public double accuracy(double[][] x, double[][] t) {
    double[][] y = predict(x);
    checkTargets(y, t);
    int right = 0;
    for (int n = 0; n < y.length; n++) {
      if (Careful.argmax(y[n]) == Careful.argmax(t[n])) {
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
          double keep = p[i][j];
          try {
            p[i][j] = keep + H;
            double plus = loss(x, t);
            p[i][j] = keep - H;
            double minus = loss(x, t);
            g[i][j] = (plus - minus) / (2 * H);
          } finally {
            p[i][j] = keep;
          }
        }
      }
      grads.put(key, g);
    }
    return grads;
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    double[][] w2 = params.get("W2");
    double[][] z1 = hidden(x);
    double[][] y = Careful.softmaxRows(Careful.affineRows(z1, w2, params.get("b2")[0]));
    checkTargets(y, t);
    int n = y.length;
    double[][] dy = new double[n][];
    for (int i = 0; i < n; i++) {
      dy[i] = new double[y[i].length];
      for (int k = 0; k < y[i].length; k++) {
        dy[i][k] = (y[i][k] - t[i][k]) / n;
      }
    }
    double[][] dw2 = Careful.transposeTimes(z1, dy);
    double[] db2 = Careful.columnSums(dy);
    double[][] da1 = Careful.timesTranspose(dy, w2);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < da1[i].length; j++) {
        double z = z1[i][j];
        da1[i][j] *= z * (1.0 - z);
      }
    }
    double[][] dw1 = Careful.transposeTimes(x, da1);
    double[] db1 = Careful.columnSums(da1);
    if (n == 0) {
      dw1 = new double[params.get("W1").length][params.get("b1")[0].length];
      dw2 = new double[w2.length][params.get("b2")[0].length];
      db1 = new double[params.get("b1")[0].length];
      db2 = new double[params.get("b2")[0].length];
    }
    Map<String, double[][]> grads = new LinkedHashMap<>();
    grads.put("W1", dw1);
    grads.put("b1", new double[][] {db1});
    grads.put("W2", dw2);
    grads.put("b2", new double[][] {db2});
    return grads;
  }

  private static void checkTargets(double[][] y, double[][] t) {
    if (t == null || t.length != y.length || y.length == 0) {
      throw new IllegalArgumentException("t must have " + y.length + " rows (and at least one)");
    }
    for (int n = 0; n < y.length; n++) {
      if (t[n] == null || t[n].length != y[n].length) {
        throw new IllegalArgumentException("row " + n + " of t must have " + y[n].length + " values");
      }
    }
  }
}
