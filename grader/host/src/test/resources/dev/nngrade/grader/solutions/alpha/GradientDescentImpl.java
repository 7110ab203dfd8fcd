package dev.nngrade.student;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

/** p ← p − η g with one fused multiply-add per element, after checking every key and shape. */
public class GradientDescentImpl implements GradientDescent {
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    if (params == null || grads == null || !params.keySet().equals(grads.keySet())) {
      throw new IllegalArgumentException("params and grads must have the same keys");
    }
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue();
      double[][] g = grads.get(e.getKey());
      if (p == null || g == null || p.length != g.length) {
        throw new IllegalArgumentException(e.getKey() + ": shapes differ");
      }
      for (int i = 0; i < p.length; i++) {
        if (p[i] == null || g[i] == null || p[i].length != g[i].length) {
          throw new IllegalArgumentException(e.getKey() + ": row " + i + " differs in length");
        }
      }
    }
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue();
      double[][] g = grads.get(e.getKey());
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] = Math.fma(-learningRate, g[i][j], p[i][j]);
        }
      }
    }
  }
}
