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
  /** The live parameters, keys {@code W1, b1, W2, b2}. */
  Map<String, double[][]> params();

  /** {@code y = softmax(a2)}, shape {@code [N][out]}. */
  double[][] predict(double[][] x);

  double loss(double[][] x, double[][] t);

  /** The fraction of rows whose largest {@code y} is at the one in {@code t}. */
  double accuracy(double[][] x, double[][] t);

  /**
   * Central differences ({@code h = 1e-4}) of {@code loss} for every parameter element; the
   * parameters hold their original values on return.
   */
  Map<String, double[][]> numericalGradient(double[][] x, double[][] t);

  /**
   * Backprop (the textbook's {@code gradient}): {@code dy = (y − t)/N}, {@code dW2 = z1ᵀ dy}, {@code db2 =
   * Σ dy}, {@code da1 = dy W2ᵀ ⊙ z1(1 − z1)}, {@code dW1 = xᵀ da1}, {@code db1 = Σ da1}. It must not fall
   * back to the numerical gradient.
   */
  Map<String, double[][]> gradient(double[][] x, double[][] t);
}
