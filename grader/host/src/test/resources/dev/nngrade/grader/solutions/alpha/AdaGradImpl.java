package dev.nngrade.student;

import dev.nngrade.contract.train.AdaGrad;
import java.util.HashMap;
import java.util.Map;

/** h ← h + g² (fma), p ← p − lr·g/(√h + 1e-7). */
public class AdaGradImpl implements AdaGrad {
  private final double lr;
  private final Map<String, double[][]> h = new HashMap<>();

  public AdaGradImpl(double lr) {
    this.lr = lr;
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
          s[i][j] = Math.fma(gij, gij, s[i][j]);
          p[i][j] -= lr * gij / (Math.sqrt(s[i][j]) + EPS);
        }
      }
    }
  }
}
