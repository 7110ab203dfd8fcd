package dev.nngrade.model;

import dev.nngrade.contract.train.RmsProp;
import java.util.HashMap;
import java.util.Map;

public class RmsPropImpl implements RmsProp {
  private final double lr;
  private final double decay;
  private final Map<String, double[][]> squares = new HashMap<>();

  public RmsPropImpl(double lr, double decayRate) {
    this.lr = lr;
    this.decay = decayRate;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] h = squares.computeIfAbsent(e.getKey(), k -> zerosLike(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          h[i][j] = decay * h[i][j] + (1 - decay) * g[i][j] * g[i][j];
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
