package dev.nngrade.contract.layer;

/**
 * SoftmaxWithLoss レイヤー（講義001、教科書5.6.3） / softmax followed by the cross-entropy error (with
 * {@code 1e-7} inside the log, batch mean); backward returns {@code (y − t)/N}. Constructor: {@code
 * SoftmaxWithLossLayerImpl()}.
 */
public interface SoftmaxWithLossLayer {
  /** The loss of scores {@code x [N][K]} against one-hot targets {@code t [N][K]}. */
  double forward(double[][] x, double[][] t);

  /** {@code dL/dx = (y − t)/N} for the last forward, shape {@code [N][K]}. */
  double[][] backward();

  /** The probabilities {@code y = softmax(x)} of the last forward. */
  double[][] output();
}
