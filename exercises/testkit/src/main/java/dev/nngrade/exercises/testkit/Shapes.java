package dev.nngrade.exercises.testkit;

/** Shapes and row-major flattening of the nested arrays the contract uses; ragged arrays have no shape. */
public final class Shapes {
  private Shapes() {}

  public static int[] of(double[][] a) {
    if (a == null) {
      return new int[] {-1};
    }
    int cols = a.length == 0 ? 0 : a[0] == null ? -1 : a[0].length;
    for (double[] row : a) {
      if (row == null || row.length != cols) {
        return new int[] {a.length, -1};
      }
    }
    return new int[] {a.length, cols};
  }

  public static int[] of(double[][][][] a) {
    if (a == null || a.length == 0 || a[0] == null || a[0].length == 0 || a[0][0] == null || a[0][0].length == 0 || a[0][0][0] == null) {
      return new int[] {a == null ? -1 : a.length, -1};
    }
    int c = a[0].length, h = a[0][0].length, w = a[0][0][0].length;
    for (double[][][] n : a) {
      if (n == null || n.length != c) {
        return new int[] {a.length, -1};
      }
      for (double[][] ch : n) {
        if (ch == null || ch.length != h) {
          return new int[] {a.length, c, -1};
        }
        for (double[] row : ch) {
          if (row == null || row.length != w) {
            return new int[] {a.length, c, h, -1};
          }
        }
      }
    }
    return new int[] {a.length, c, h, w};
  }

  public static double[] flat(double[][] a) {
    int cols = a.length == 0 ? 0 : a[0].length;
    double[] f = new double[a.length * cols];
    for (int i = 0; i < a.length; i++) {
      System.arraycopy(a[i], 0, f, i * cols, cols);
    }
    return f;
  }

  public static double[] flat(double[][][][] a) {
    int[] s = of(a);
    double[] f = new double[s[0] * s[1] * s[2] * s[3]];
    int k = 0;
    for (double[][][] n : a) {
      for (double[][] ch : n) {
        for (double[] row : ch) {
          System.arraycopy(row, 0, f, k, row.length);
          k += row.length;
        }
      }
    }
    return f;
  }
}
