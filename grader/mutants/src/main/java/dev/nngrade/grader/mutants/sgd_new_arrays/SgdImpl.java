package dev.nngrade.grader.mutants.sgd_new_arrays;

import dev.nngrade.contract.train.Sgd;
import java.util.HashMap;
import java.util.Map;

/** SGD that puts new arrays into the map instead of changing the parameters in place. */
public class SgdImpl implements Sgd {
  private final double lr;

  public SgdImpl(double lr) {
    this.lr = lr;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    Map<String, double[][]> updated = new HashMap<>();
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] q = new double[p.length][p[0].length];
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          q[i][j] = p[i][j] - lr * g[i][j];
        }
      }
      updated.put(e.getKey(), q);
    }
    params.putAll(updated);
  }
}
