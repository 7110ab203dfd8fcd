package dev.nngrade.model;

import dev.nngrade.contract.train.Momentum;
import java.util.HashMap;
import java.util.Map;

public class MomentumImpl implements Momentum {
  private final double lr;
  private final double momentum;
  private final Map<String, double[][]> velocity = new HashMap<>();

  public MomentumImpl(double lr, double momentum) {
    this.lr = lr;
    this.momentum = momentum;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] v = velocity.computeIfAbsent(e.getKey(), k -> zerosLike(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          v[i][j] = momentum * v[i][j] - lr * g[i][j];
          p[i][j] += v[i][j];
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
