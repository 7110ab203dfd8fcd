package dev.nngrade.contract.layer;

import java.util.random.RandomGenerator;

/**
 * Dropout（講義003） / dropout. In training, forward draws one {@code random.nextDouble()} per element
 * in row-major order and keeps the element when the draw is greater than {@code ratio} (the textbook's
 * {@code np.random.rand(*x.shape) > ratio}); backward passes {@code dout} through the same mask (and
 * scale). The scale follows {@link DropoutForm}. Constructor: {@code DropoutLayerImpl(double ratio,
 * DropoutForm form, RandomGenerator random)}.
 */
public interface DropoutLayer {
  /** train が true なら学習時（マスクを引く）、false なら推論時 / training (draws a mask) or inference. */
  double[][] forward(double[][] x, boolean train);

  /** 直前の学習時 forward のマスクを通す / through the last training forward's mask. */
  double[][] backward(double[][] dout);
}
