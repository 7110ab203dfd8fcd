package dev.nngrade.student;

import dev.nngrade.contract.train.RmsProp;
import java.util.HashMap;
import java.util.Map;

public class RmsPropImpl implements RmsProp {
  private final double lr;
  private final double decayRate;
  private final Map<String, double[]> h = new HashMap<>();

  public RmsPropImpl(double lr, double decayRate) {
    this.lr = lr;
    this.decayRate = decayRate;
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
      double[] sq = h.get(key);
      if (sq == null) {
        sq = new double[size];
        h.put(key, sq);
      }
      int k = 0;
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          double gr = g[i][j];
          sq[k] = decayRate * sq[k] + (1 - decayRate) * gr * gr;
          p[i][j] -= lr * gr / (Math.sqrt(sq[k]) + EPS);
          k++;
        }
      }
    }
  }
}
