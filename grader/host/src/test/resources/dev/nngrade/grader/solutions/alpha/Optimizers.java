package dev.nngrade.student;

import java.util.Map;

/** Shared checks of the optimizers: every parameter has a gradient of its shape. */
final class Optimizers {
  private Optimizers() {}

  static void check(Map<String, double[][]> params, Map<String, double[][]> grads) {
    if (params == null || grads == null) {
      throw new IllegalArgumentException("params and grads are required");
    }
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue();
      double[][] g = grads.get(e.getKey());
      if (g == null || g.length != p.length) {
        throw new IllegalArgumentException("no gradient of the shape of " + e.getKey());
      }
      for (int i = 0; i < p.length; i++) {
        if (g[i].length != p[i].length) {
          throw new IllegalArgumentException(e.getKey() + ": row " + i + " of the gradient has another length");
        }
      }
    }
  }

  static double[][] zerosLike(double[][] p) {
    double[][] z = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      z[i] = new double[p[i].length];
    }
    return z;
  }
}
