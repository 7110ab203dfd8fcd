package dev.nngrade.student;

/**
 * The numerical tools my solutions share: compensated sums (Neumaier), compensated dot products
 * (error-free transformations with fma), a log-sum-exp softmax, a sigmoid that never overflows,
 * and matrix products in i-k-j order with fused multiply-adds.
 */
final class Careful {
  private Careful() {}

  /** A running sum with Neumaier's compensation. */
  static final class Sum {
    private double s;
    private double c;

    Sum() {}

    Sum(double start) {
      s = start;
    }

    void add(double v) {
      double t = s + v;
      if (Math.abs(s) >= Math.abs(v)) {
        c += (s - t) + v;
      } else {
        c += (v - t) + s;
      }
      s = t;
    }

    /** Adds a·b exactly split into the rounded product and its rounding error. */
    void addProduct(double a, double b) {
      double p = a * b;
      double e = Math.fma(a, b, -p);
      add(p);
      c += e;
    }

    double value() {
      return s + c;
    }
  }

  static double sum(double[] v) {
    Sum acc = new Sum();
    for (double x : v) {
      acc.add(x);
    }
    return acc.value();
  }

  /** {@code start + Σ a[i] b[i]}, compensated. */
  static double dot(double[] a, double[] b, double start) {
    Sum acc = new Sum(start);
    for (int i = 0; i < a.length; i++) {
      acc.addProduct(a[i], b[i]);
    }
    return acc.value();
  }

  /** 1/(1+e^{-x}) for x ≥ 0, e^{x}/(1+e^{x}) for x < 0: exp never overflows. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  /** y_k = exp((a_k − m) − log Σ exp(a_i − m)), m = max a. */
  static double[] softmax(double[] a) {
    int k = a.length;
    double[] y = new double[k];
    if (k == 0) {
      return y;
    }
    double m = a[0];
    for (double v : a) {
      m = Math.max(m, v);
    }
    double[] shifted = new double[k];
    Sum s = new Sum();
    for (int i = 0; i < k; i++) {
      shifted[i] = a[i] - m;
      s.add(Math.exp(shifted[i]));
    }
    double logS = Math.log(s.value());
    for (int i = 0; i < k; i++) {
      y[i] = Math.exp(shifted[i] - logS);
    }
    return y;
  }

  static double[][] softmaxRows(double[][] a) {
    double[][] y = new double[a.length][];
    for (int n = 0; n < a.length; n++) {
      y[n] = softmax(a[n]);
    }
    return y;
  }

  /** Index of the largest value, the first one on ties. */
  static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  static int columns(double[][] m, String name) {
    if (m == null) {
      throw new IllegalArgumentException(name + " is null");
    }
    int cols = m.length == 0 ? 0 : m[0].length;
    for (int i = 0; i < m.length; i++) {
      if (m[i] == null || m[i].length != cols) {
        throw new IllegalArgumentException(name + " is not rectangular (row " + i + ")");
      }
    }
    return cols;
  }

  /** {@code X W + b} for rows of X, accumulated in i-k-j order with fma; {@code b} may be null. */
  static double[][] affineRows(double[][] x, double[][] w, double[] b) {
    int in = w.length;
    int out = b != null ? b.length : (in == 0 ? 0 : w[0].length);
    columns(x, "x");
    for (double[] row : w) {
      if (row == null || row.length != out) {
        throw new IllegalArgumentException("W has rows of " + (row == null ? "null" : row.length) + " values, expected " + out);
      }
    }
    double[][] u = new double[x.length][out];
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != in) {
        throw new IllegalArgumentException("row " + n + " of x has " + x[n].length + " values, W has " + in + " rows");
      }
      double[] acc = u[n];
      for (int i = 0; i < in; i++) {
        double xi = x[n][i];
        double[] wi = w[i];
        for (int j = 0; j < out; j++) {
          acc[j] = Math.fma(xi, wi[j], acc[j]);
        }
      }
      if (b != null) {
        for (int j = 0; j < out; j++) {
          acc[j] += b[j];
        }
      }
    }
    return u;
  }

  /** {@code Aᵀ B} ({@code A [N][p]}, {@code B [N][q]} → {@code [p][q]}), compensated over N. */
  static double[][] transposeTimes(double[][] a, double[][] b) {
    int n = a.length;
    int p = n == 0 ? 0 : a[0].length;
    int q = n == 0 ? 0 : b[0].length;
    double[][] r = new double[p][q];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < q; j++) {
        Sum s = new Sum();
        for (int k = 0; k < n; k++) {
          s.addProduct(a[k][i], b[k][j]);
        }
        r[i][j] = s.value();
      }
    }
    return r;
  }

  /** {@code A Bᵀ} ({@code A [N][q]}, {@code B [p][q]} → {@code [N][p]}), compensated dot products. */
  static double[][] timesTranspose(double[][] a, double[][] b) {
    double[][] r = new double[a.length][b.length];
    for (int n = 0; n < a.length; n++) {
      for (int i = 0; i < b.length; i++) {
        r[n][i] = dot(a[n], b[i], 0.0);
      }
    }
    return r;
  }

  /** Column sums, compensated. */
  static double[] columnSums(double[][] a) {
    int q = a.length == 0 ? 0 : a[0].length;
    double[] r = new double[q];
    for (int j = 0; j < q; j++) {
      Sum s = new Sum();
      for (double[] row : a) {
        s.add(row[j]);
      }
      r[j] = s.value();
    }
    return r;
  }

  static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
