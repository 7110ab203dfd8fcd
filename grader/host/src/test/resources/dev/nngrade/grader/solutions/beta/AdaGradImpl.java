package dev.nngrade.student;

import dev.nngrade.contract.train.AdaGrad;
import java.util.HashMap;
import java.util.Map;

public class AdaGradImpl implements AdaGrad {
  private final double lr;
  private final Map<String, double[]> h = new HashMap<>();

  public AdaGradImpl(double lr) {
    this.lr = lr;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (String key : params.keySet()) {
      if (!grads.containsKey(key)) {
        throw new IllegalArgumentException("no gradient for " + key);
      }
    }
    for (String key : params.keySet()) {
      double[][] p = params.get(key);
      double[][] g = grads.get(key);
      int size = 0;
      for (double[] row : p) {
        size += row.length;
      }
      double[] sq = h.computeIfAbsent(key, k -> new double[0]);
      if (sq.length != size) {
        sq = new double[size];
        h.put(key, sq);
      }
      int k = 0;
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          sq[k] += g[i][j] * g[i][j];
          p[i][j] -= lr * g[i][j] / (Math.sqrt(sq[k]) + EPS);
          k++;
        }
      }
    }
  }
}
