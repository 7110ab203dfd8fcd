package dev.nngrade.grader.mutants.gd_wrong_sign;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  /** The mistake: w + η∇E, a step up the gradient (shapes are checked first, as the reference does). */
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      boolean fits = g != null && g.length == p.length;
      for (int i = 0; fits && i < p.length; i++) {
        fits = g[i].length == p[i].length;
      }
      if (!fits) {
        throw new IllegalArgumentException("no gradient of the shape of " + e.getKey());
      }
    }
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] += learningRate * g[i][j];
        }
      }
    }
  }
}
