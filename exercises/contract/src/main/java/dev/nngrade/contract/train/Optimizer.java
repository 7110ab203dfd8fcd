package dev.nngrade.contract.train;

import java.util.Map;

/**
 * 最適化手法（講義000・003、教科書6.1） / an optimizer: {@code update} changes every parameter array in
 * place from its gradient. Optimizers with state (velocity, squared sums, moments) keep one state
 * array per key, created on the first update, and count steps from 1.
 */
public interface Optimizer {
  void update(Map<String, double[][]> params, Map<String, double[][]> grads);
}
