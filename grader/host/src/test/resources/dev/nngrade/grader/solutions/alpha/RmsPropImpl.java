package dev.nngrade.student;

import dev.nngrade.contract.train.RmsProp;
import java.util.HashMap;
import java.util.Map;

/** h ← decay·h + (1 − decay)·g², p ← p − lr·g/(√h + 1e-7). */
public class RmsPropImpl implements RmsProp {
  private final double lr;
  private final double decay;
  private final Map<String, double[][]> h = new HashMap<>();

  public RmsPropImpl(double lr, double decayRate) {
    this.lr = lr;
    this.decay = decayRate;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    Optimizers.check(params, grads);
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue();
      double[][] g = grads.get(e.getKey());
      double[][] s = h.computeIfAbsent(e.getKey(), k -> Optimizers.zerosLike(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          double gij = g[i][j];
          s[i][j] = Math.fma(decay, s[i][j], (1.0 - decay) * gij * gij);
          p[i][j] -= lr * gij / (Math.sqrt(s[i][j]) + EPS);
        }
      }
    }
  }
}
