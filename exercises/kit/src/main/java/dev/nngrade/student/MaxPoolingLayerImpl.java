package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.MaxPoolingLayer;

/** {@link MaxPoolingLayer} の実装（課題: convolution）。 Your implementation; the interface's Javadoc states the formula. */
public class MaxPoolingLayerImpl implements MaxPoolingLayer {
  private final int poolH;
  private final int poolW;
  private final int stride;
  private final int pad;

  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    this.poolH = poolH;
    this.poolW = poolW;
    this.stride = stride;
    this.pad = pad;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    // TODO
    throw NotImplemented.of(Exercise.CONVOLUTION, "MaxPoolingLayerImpl.forward");
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    // TODO
    throw NotImplemented.of(Exercise.CONVOLUTION, "MaxPoolingLayerImpl.backward");
  }
}
