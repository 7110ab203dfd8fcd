package dev.nngrade.student;

import dev.nngrade.contract.train.Sgd;
import java.util.Map;

public class SgdImpl implements Sgd {
  private final double lr;

  public SgdImpl(double lr) {
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
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] -= lr * g[i][j];
        }
      }
    }
  }
}
