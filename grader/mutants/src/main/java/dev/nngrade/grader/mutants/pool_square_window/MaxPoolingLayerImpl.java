package dev.nngrade.grader.mutants.pool_square_window;

import dev.nngrade.grader.mutants.MaxPoolingBase;

/** Max pooling over poolH × poolH windows: poolW ignored. */
public class MaxPoolingLayerImpl extends MaxPoolingBase {
  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    super(poolH, poolW, stride, pad);
  }

  @Override
  protected int windowWidth() {
    return poolH;
  }
}
