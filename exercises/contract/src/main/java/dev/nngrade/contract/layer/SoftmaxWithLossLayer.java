package dev.nngrade.contract.layer;

/**
 * SoftmaxWithLoss レイヤー（講義001、教科書5.6.3） / softmax followed by the cross-entropy error (with
 * {@code 1e-7} inside the log, batch mean); backward returns {@code (y − t)/N}. Constructor: {@code
 * SoftmaxWithLossLayerImpl()}.
 */
public interface SoftmaxWithLossLayer {
  /** スコア x と one-hot の教師 t（形 {@code [N][K]}）の損失 / the loss of scores against one-hot targets. */
  double forward(double[][] x, double[][] t);

  /** 直前の forward に対する {@code dL/dx = (y − t)/N} / for the last forward. */
  double[][] backward();

  /** 直前の forward の確率 {@code y = softmax(x)} / the probabilities of the last forward. */
  double[][] output();
}
