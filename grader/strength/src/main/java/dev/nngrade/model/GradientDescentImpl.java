package dev.nngrade.model;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    // every gradient is checked before any parameter changes, so a rejected call changes nothing
    if (!params.keySet().equals(grads.keySet())) {
      throw new IllegalArgumentException("gradient descent: parameters " + params.keySet() + " but gradients " + grads.keySet());
    }
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      if (p.length != g.length) {
        throw new IllegalArgumentException("gradient descent: " + e.getKey() + " has " + p.length + " rows but its gradient " + g.length);
      }
      for (int i = 0; i < p.length; i++) {
        if (p[i].length != g[i].length) {
          throw new IllegalArgumentException("gradient descent: row " + i + " of " + e.getKey() + " has " + p[i].length + " elements but its gradient " + g[i].length);
        }
      }
    }
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          p[i][j] -= learningRate * g[i][j];
        }
      }
    }
  }
}
