package dev.nngrade.student;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    for (var e : params.entrySet()) {
      double[][] g = grads.get(e.getKey());
      double[][] p = e.getValue();
      if (g == null || g.length != p.length) {
        throw new IllegalArgumentException("no gradient of the right shape for " + e.getKey());
      }
      for (int i = 0; i < p.length; i++) {
        if (g[i].length != p[i].length) {
          throw new IllegalArgumentException("gradient of " + e.getKey() + " has the wrong shape");
        }
      }
    }
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] -= learningRate * g[i][j];
        }
      }
    }
  }
}
