package dev.nngrade.grader.mutants.momentum_static_velocity;

import dev.nngrade.contract.train.Momentum;
import java.util.HashMap;
import java.util.Map;

/** Momentum whose velocities live in a static map: every instance shares them, key by key. */
public class MomentumImpl implements Momentum {
  private static final Map<String, double[][]> VELOCITY = new HashMap<>();
  private final double lr;
  private final double momentum;

  public MomentumImpl(double lr, double momentum) {
    this.lr = lr;
    this.momentum = momentum;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] v = VELOCITY.computeIfAbsent(e.getKey(), k -> new double[p.length][p[0].length]);
      if (v.length != p.length || v[0].length != p[0].length) {
        v = new double[p.length][p[0].length];
        VELOCITY.put(e.getKey(), v);
      }
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          v[i][j] = momentum * v[i][j] - lr * g[i][j];
          p[i][j] += v[i][j];
        }
      }
    }
  }
}
