package dev.nngrade.grader.mutants.pool_stride_equals_window;

import dev.nngrade.grader.mutants.MaxPoolingBase;

/** Max pooling that moves its windows by their own size, ignoring the stride (no overlap). */
public class MaxPoolingLayerImpl extends MaxPoolingBase {
  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    super(poolH, poolW, stride, pad);
  }

  @Override
  protected int step() {
    return poolH;
  }
}
