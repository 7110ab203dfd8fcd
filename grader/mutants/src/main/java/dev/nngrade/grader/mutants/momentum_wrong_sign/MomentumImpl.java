package dev.nngrade.grader.mutants.momentum_wrong_sign;

import dev.nngrade.contract.train.Momentum;
import java.util.HashMap;
import java.util.Map;

public class MomentumImpl implements Momentum {
  private final double lr;
  private final double momentum;
  private final Map<String, double[][]> v = new HashMap<>();

  public MomentumImpl(double lr, double momentum) {
    this.lr = lr;
    this.momentum = momentum;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] vv = v.computeIfAbsent(e.getKey(), k -> new double[p.length][p[0].length]);
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          vv[i][j] = momentum * vv[i][j] - lr * g[i][j];
          p[i][j] -= vv[i][j];
        }
      }
    }
  }
}
