package dev.nngrade.grader.mutants.gd_first_row_only;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  /** The mistake: every parameter treated as a vector, p[0][j], so only the first row of a matrix moves. */
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    for (var e : params.entrySet()) {
      double[][] g = grads.get(e.getKey());
      if (g == null || g.length != e.getValue().length || g[0].length != e.getValue()[0].length) {
        throw new IllegalArgumentException("no gradient of the right shape for " + e.getKey());
      }
    }
    for (var e : params.entrySet()) {
      double[] p = e.getValue()[0], g = grads.get(e.getKey())[0];
      for (int j = 0; j < p.length; j++) {
        p[j] -= learningRate * g[j];
      }
    }
  }
}
