package dev.nngrade.grader.mutants.adagrad_eps_inside_root;

import dev.nngrade.contract.train.AdaGrad;
import java.util.HashMap;
import java.util.Map;

/** AdaGrad with ε inside the square root, √(h + 1e-7), instead of √h + 1e-7. */
public class AdaGradImpl implements AdaGrad {
  private final double lr;
  private final Map<String, double[][]> h = new HashMap<>();

  public AdaGradImpl(double lr) {
    this.lr = lr;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] s = h.computeIfAbsent(e.getKey(), k -> new double[p.length][p[0].length]);
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          s[i][j] += g[i][j] * g[i][j];
          p[i][j] -= lr * g[i][j] / Math.sqrt(s[i][j] + EPS);
        }
      }
    }
  }
}
