package dev.nngrade.contract.train;

import java.util.Map;

/**
 * 勾配降下法の更新（講義002 確認テスト9/11） / the gradient-descent update {@code w ← w − η ∇E} applied to
 * every parameter ({@code network[key] -= learning_rate * grad[key]}). Constructor: {@code
 * GradientDescentImpl()}.
 */
public interface GradientDescent {
  /**
   * params の各配列をその場で更新する。 Updates every array of {@code params} in place. {@code grads} has the same keys and shapes;
   * otherwise {@link IllegalArgumentException} and nothing is changed.
   */
  void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate);
}
