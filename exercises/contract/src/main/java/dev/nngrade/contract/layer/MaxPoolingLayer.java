package dev.nngrade.contract.layer;

/**
 * 最大値プーリング（教科書7.4.4） / max pooling over {@code poolH × poolW} windows with {@code stride}
 * and zero padding {@code pad}, channel by channel: {@code [N][C][H][W] → [N][C][OH][OW]}. Backward
 * routes each {@code dout} element to the first maximum of its window in row-major order ("max gate:
 * gradient router"). Constructor: {@code MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad)}.
 */
public interface MaxPoolingLayer {
  double[][][][] forward(double[][][][] x);

  double[][][][] backward(double[][][][] dout);
}
