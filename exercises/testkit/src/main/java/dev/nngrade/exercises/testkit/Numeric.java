package dev.nngrade.exercises.testkit;

import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Small numerical tools for the contract tests: seeded random arrays, matrix products written out,
 * and central differences. They are the tests' own arithmetic, independent of any implementation
 * under test.
 */
public final class Numeric {
  /** The textbook's numerical-differentiation step. */
  public static final double H = 1e-4;

  private Numeric() {}

  /** A generator that gives the same numbers for the same seed on every JVM. */
  public static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  /**
   * Shuffles {@code values} in place (Fisher–Yates from the last element down, one {@code nextInt(i + 1)}
   * per step), so that the same generator gives the same order on every JVM; returns them.
   */
  public static int[] shuffle(RandomGenerator r, int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1), t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
    return values;
  }

  /** 0, 1, …, {@code count − 1} in shuffled order. */
  public static int[] permutation(RandomGenerator r, int count) {
    return shuffle(r, java.util.stream.IntStream.range(0, count).toArray());
  }

  public static double[] uniform(RandomGenerator r, int n, double lo, double hi) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = lo + (hi - lo) * r.nextDouble();
    }
    return v;
  }

  public static double[][] uniform(RandomGenerator r, int rows, int cols, double lo, double hi) {
    double[][] m = new double[rows][];
    for (int i = 0; i < rows; i++) {
      m[i] = uniform(r, cols, lo, hi);
    }
    return m;
  }

  public static double[][][][] uniform(RandomGenerator r, int n, int c, int h, int w, double lo, double hi) {
    double[][][][] t = new double[n][c][h][];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < c; b++) {
        for (int y = 0; y < h; y++) {
          t[a][b][y] = uniform(r, w, lo, hi);
        }
      }
    }
    return t;
  }

  /** Values whose magnitude is at least {@code gap}: kinks of ReLU and max at 0 stay out of reach of a difference step. */
  public static double[][] awayFromZero(RandomGenerator r, int rows, int cols, double gap) {
    double[][] m = uniform(r, rows, cols, -2, 2);
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        if (Math.abs(row[j]) < gap) {
          row[j] = row[j] < 0 ? -gap - Math.abs(row[j]) : gap + row[j];
        }
      }
    }
    return m;
  }

  public static double[][] matmul(double[][] a, double[][] b) {
    double[][] c = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < b.length; k++) {
        for (int j = 0; j < b[0].length; j++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }

  public static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  public static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  public static double[][][][] copy(double[][][][] a) {
    double[][][][] c = new double[a.length][][][];
    for (int i = 0; i < a.length; i++) {
      c[i] = new double[a[i].length][][];
      for (int j = 0; j < a[i].length; j++) {
        c[i][j] = copy(a[i][j]);
      }
    }
    return c;
  }

  /** {@code Σ a ⊙ b}: the loss whose gradient with respect to a layer's output is {@code b}. */
  public static double weightedSum(double[][] a, double[][] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        s += a[i][j] * b[i][j];
      }
    }
    return s;
  }

  public static double weightedSum(double[][][][] a, double[][][][] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        s += weightedSum(a[i][j], b[i][j]);
      }
    }
    return s;
  }

  /** Central differences of {@code loss} with respect to every element of {@code values}, changed in place and restored. */
  public static double[] gradient(double[] values, DoubleSupplier loss) {
    double[] g = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double keep = values[i];
      values[i] = keep + H;
      double plus = loss.getAsDouble();
      values[i] = keep - H;
      double minus = loss.getAsDouble();
      values[i] = keep;
      g[i] = (plus - minus) / (2 * H);
    }
    return g;
  }

  public static double[][] gradient(double[][] values, DoubleSupplier loss) {
    double[][] g = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      g[i] = gradient(values[i], loss);
    }
    return g;
  }

  public static double[][][][] gradient(double[][][][] values, DoubleSupplier loss) {
    double[][][][] g = new double[values.length][][][];
    for (int i = 0; i < values.length; i++) {
      g[i] = new double[values[i].length][][];
      for (int j = 0; j < values[i].length; j++) {
        g[i][j] = gradient(values[i][j], loss);
      }
    }
    return g;
  }
}
