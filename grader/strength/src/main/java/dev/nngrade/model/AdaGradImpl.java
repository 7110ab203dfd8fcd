package dev.nngrade.model;

import dev.nngrade.contract.train.AdaGrad;
import java.util.HashMap;
import java.util.Map;

public class AdaGradImpl implements AdaGrad {
  private final double lr;
  private final Map<String, double[][]> squares = new HashMap<>();

  public AdaGradImpl(double lr) {
    this.lr = lr;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] h = squares.computeIfAbsent(e.getKey(), k -> zerosLike(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          h[i][j] += g[i][j] * g[i][j];
          p[i][j] -= lr * g[i][j] / (Math.sqrt(h[i][j]) + EPS);
        }
      }
    }
  }

  private static double[][] zerosLike(double[][] p) {
    double[][] z = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      z[i] = new double[p[i].length];
    }
    return z;
  }
}
