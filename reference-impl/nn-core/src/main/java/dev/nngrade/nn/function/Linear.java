package dev.nngrade.nn.function;

/**
 * The affine map in both layouts the lectures use (design.md, "data layout"): column vectors
 * {@code u = W x + b} with {@code W} as {@code [out][in]} (lectures 000, 002 確認テスト3), and
 * row-vector batches {@code U = X W + b} with {@code W} as {@code [in][out]} (lectures 001, 002, 004).
 * The two agree when one {@code W} is the transpose of the other.
 */
public final class Linear {
  private Linear() {}

  /** {@code u = W x + b}: {@code u_i = Σ_j W[i][j] x_j + b_i}. */
  public static double[] columnForm(double[][] w, double[] x, double[] b) {
    if (w.length != b.length) {
      throw new IllegalArgumentException("u = Wx + b: W has " + w.length + " rows but b has " + b.length + " elements");
    }
    double[] u = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (w[i].length != x.length) {
        throw new IllegalArgumentException(
            "u = Wx + b: row " + i + " of W has " + w[i].length + " columns but x has " + x.length + " elements");
      }
      double s = 0.0;
      for (int j = 0; j < x.length; j++) {
        s += w[i][j] * x[j];
      }
      u[i] = s + b[i];
    }
    return u;
  }

  /** {@code U = X W + b}: {@code U[n][j] = Σ_i X[n][i] W[i][j] + b_j}. */
  public static double[][] rowForm(double[][] x, double[][] w, double[] b) {
    double[][] u = new double[x.length][];
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != w.length) {
        throw new IllegalArgumentException(
            "U = XW + b: row " + n + " of X has " + x[n].length + " elements but W has " + w.length + " rows");
      }
      u[n] = new double[b.length];
      for (int j = 0; j < b.length; j++) {
        double s = 0.0;
        for (int i = 0; i < w.length; i++) {
          if (w[i].length != b.length) {
            throw new IllegalArgumentException(
                "U = XW + b: row " + i + " of W has " + w[i].length + " columns but b has " + b.length + " elements");
          }
          s += x[n][i] * w[i][j];
        }
        u[n][j] = s + b[j];
      }
    }
    return u;
  }
}
