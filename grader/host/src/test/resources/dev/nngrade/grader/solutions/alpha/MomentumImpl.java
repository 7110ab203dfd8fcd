package dev.nngrade.student;

import dev.nngrade.contract.train.Momentum;
import java.util.HashMap;
import java.util.Map;

/** v ← momentum·v − lr·g (fma), p ← p + v. */
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
    Optimizers.check(params, grads);
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue();
      double[][] g = grads.get(e.getKey());
      double[][] vel = v.computeIfAbsent(e.getKey(), k -> Optimizers.zerosLike(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          vel[i][j] = Math.fma(momentum, vel[i][j], -lr * g[i][j]);
          p[i][j] += vel[i][j];
        }
      }
    }
  }
}
