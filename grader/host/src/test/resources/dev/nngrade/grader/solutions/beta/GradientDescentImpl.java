package dev.nngrade.student;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    // check everything first so that a bad call changes nothing
    if (params.size() != grads.size()) {
      throw new IllegalArgumentException("params has " + params.size() + " keys, grads " + grads.size());
    }
    for (String key : params.keySet()) {
      double[][] p = params.get(key);
      double[][] g = grads.get(key);
      if (g == null) {
        throw new IllegalArgumentException("no gradient for " + key);
      }
      if (p.length != g.length) {
        throw new IllegalArgumentException(key + ": " + p.length + " rows vs " + g.length);
      }
      for (int i = 0; i < p.length; i++) {
        if (p[i].length != g[i].length) {
          throw new IllegalArgumentException(key + ": row " + i + " has " + p[i].length + " vs " + g[i].length);
        }
      }
    }
    for (String key : params.keySet()) {
      double[][] p = params.get(key);
      double[][] g = grads.get(key);
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] -= learningRate * g[i][j];
        }
      }
    }
  }
}
