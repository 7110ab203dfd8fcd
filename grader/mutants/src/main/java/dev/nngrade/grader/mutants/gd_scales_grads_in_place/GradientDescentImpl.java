package dev.nngrade.grader.mutants.gd_scales_grads_in_place;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  /** The mistake: the gradients are scaled by η in place (g *= η) before they are subtracted, so the caller's gradients change. */
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
          g[i][j] *= learningRate;
          p[i][j] -= g[i][j];
        }
      }
    }
  }
}
