package dev.nngrade.solution;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;

/** Copies between the contract's nested arrays and nn-core tensors on a one-thread CPU backend. */
final class Host {
  /** One thread: a grader runs many submissions side by side, and results do not depend on it. */
  static final Backend CPU = new CpuBackend(1);

  private Host() {}

  static Tensor vector(String name, double[] v) {
    return CPU.fromHost(v.clone(), Shape.of(v.length));
  }

  static Tensor matrix(String name, double[][] a) {
    int cols = a.length == 0 ? 0 : a[0].length;
    double[] flat = new double[a.length * cols];
    for (int i = 0; i < a.length; i++) {
      if (a[i].length != cols) {
        throw new IllegalArgumentException(name + " is ragged: row " + i + " has " + a[i].length + " columns, row 0 has " + cols);
      }
      System.arraycopy(a[i], 0, flat, i * cols, cols);
    }
    return CPU.fromHost(flat, Shape.of(a.length, cols));
  }

  static void upload(String name, double[][] a, Tensor into) {
    Tensor t = matrix(name, a);
    if (!t.shape().equals(into.shape())) {
      throw new IllegalArgumentException(name + " changed shape from " + into.shape() + " to " + t.shape());
    }
    CPU.copy(t, into);
  }

  static Tensor tensor4(String name, double[][][][] a) {
    int n = a.length, c = a[0].length, h = a[0][0].length, w = a[0][0][0].length;
    double[] flat = new double[n * c * h * w];
    int k = 0;
    for (double[][][] s : a) {
      check(name, s.length == c, "channels");
      for (double[][] ch : s) {
        check(name, ch.length == h, "rows");
        for (double[] row : ch) {
          check(name, row.length == w, "columns");
          System.arraycopy(row, 0, flat, k, w);
          k += w;
        }
      }
    }
    return CPU.fromHost(flat, Shape.of(n, c, h, w));
  }

  private static void check(String name, boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(name + " is ragged: its " + what + " differ in length");
    }
  }

  static double[][] matrix(Tensor t) {
    double[] flat = t.toArray();
    int rows = t.shape().dim(0), cols = t.shape().size() / Math.max(rows, 1);
    double[][] a = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(flat, i * cols, a[i], 0, cols);
    }
    return a;
  }

  static double[][][][] tensor4(Tensor t) {
    int[] d = t.shape().dims();
    double[] flat = t.toArray();
    double[][][][] a = new double[d[0]][d[1]][d[2]][d[3]];
    int k = 0;
    for (double[][][] s : a) {
      for (double[][] ch : s) {
        for (double[] row : ch) {
          System.arraycopy(flat, k, row, 0, row.length);
          k += row.length;
        }
      }
    }
    return a;
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
