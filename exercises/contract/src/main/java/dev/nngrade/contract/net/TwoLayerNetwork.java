package dev.nngrade.contract.net;

import java.util.Map;

/**
 * TwoLayerNet（講義004、教科書4.5） / the textbook's two-layer net: {@code a1 = x W1 + b1}, {@code z1 =
 * sigmoid(a1)}, {@code a2 = z1 W2 + b2}, {@code y = softmax(a2)}; loss = cross-entropy (batch mean,
 * {@code 1e-7} inside the log) against one-hot {@code t}. Parameters {@code W1 [in][hidden]}, {@code b1
 * [1][hidden]}, {@code W2 [hidden][out]}, {@code b2 [1][out]}. Constructor: {@code
 * TwoLayerNetworkImpl(Map<String, double[][]> params)}; the network uses (and optimizers update) those
 * very arrays.
 */
public interface TwoLayerNetwork {
  /** 実際に使われているパラメータ（キー {@code W1, b1, W2, b2}） / the live parameters. */
  Map<String, double[][]> params();

  /** 推論 {@code y = softmax(a2)}、形 {@code [N][out]} / prediction. */
  double[][] predict(double[][] x);

  /** 損失（交差エントロピーのバッチ平均） / the loss (batch-mean cross-entropy). */
  double loss(double[][] x, double[][] t);

  /** 正解率: y の最大の位置が t の 1 の位置と一致する行の割合 / the fraction of rows whose largest {@code y} is at the one in {@code t}. */
  double accuracy(double[][] x, double[][] t);

  /**
   * 数値微分（中心差分、h = 1e-4）による勾配。 Central differences ({@code h = 1e-4}) of {@code loss} for every parameter element; the
   * parameters hold their original values on return.
   */
  Map<String, double[][]> numericalGradient(double[][] x, double[][] t);

  /**
   * 誤差逆伝播法による勾配。 Backprop (the textbook's {@code gradient}): {@code dy = (y − t)/N}, {@code dW2 = z1ᵀ dy}, {@code db2 =
   * Σ dy}, {@code da1 = dy W2ᵀ ⊙ z1(1 − z1)}, {@code dW1 = xᵀ da1}, {@code db1 = Σ da1}. It must not fall
   * back to the numerical gradient.
   */
  Map<String, double[][]> gradient(double[][] x, double[][] t);
}
