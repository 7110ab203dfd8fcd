package dev.nngrade.student;

import dev.nngrade.contract.train.Momentum;
import java.util.HashMap;
import java.util.Map;

// the velocity of each parameter is kept flat, row after row, under the parameter's name
public class MomentumImpl implements Momentum {
  private final double lr;
  private final double momentum;
  private final Map<String, double[]> velocity = new HashMap<>();

  public MomentumImpl(double lr, double momentum) {
    this.lr = lr;
    this.momentum = momentum;
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
      double[] v = velocity.get(key);
      if (v == null) {
        v = new double[size];
        velocity.put(key, v);
      }
      int k = 0;
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          v[k] = momentum * v[k] - lr * g[i][j];
          p[i][j] += v[k];
          k++;
        }
      }
    }
  }
}
