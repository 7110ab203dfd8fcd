package dev.nngrade.grader.mutants.pool_pad_negative_infinity;

import dev.nngrade.grader.mutants.MaxPoolingBase;

/** Max pooling that pads with −∞ instead of zeros, so padding never wins a window. */
public class MaxPoolingLayerImpl extends MaxPoolingBase {
  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    super(poolH, poolW, stride, pad);
  }

  @Override
  protected double padValue() {
    return Double.NEGATIVE_INFINITY;
  }
}
