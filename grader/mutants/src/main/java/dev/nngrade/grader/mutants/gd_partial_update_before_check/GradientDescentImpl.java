package dev.nngrade.grader.mutants.gd_partial_update_before_check;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  /** The mistake: each key is checked just before it is updated, so a bad key found later leaves the earlier ones changed. */
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      if (g == null || g.length != p.length) {
        throw new IllegalArgumentException("no gradient of the right shape for " + e.getKey());
      }
      for (int i = 0; i < p.length; i++) {
        if (g[i].length != p[i].length) {
          throw new IllegalArgumentException("no gradient of the right shape for " + e.getKey());
        }
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] -= learningRate * g[i][j];
        }
      }
    }
  }
}
