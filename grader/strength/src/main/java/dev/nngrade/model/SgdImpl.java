package dev.nngrade.model;

import dev.nngrade.contract.train.Sgd;
import java.util.Map;

public class SgdImpl implements Sgd {
  private final double lr;

  public SgdImpl(double lr) {
    this.lr = lr;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] -= lr * g[i][j];
        }
      }
    }
  }
}
