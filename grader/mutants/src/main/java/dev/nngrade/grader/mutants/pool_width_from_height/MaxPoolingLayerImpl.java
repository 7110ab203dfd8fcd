package dev.nngrade.grader.mutants.pool_width_from_height;

import dev.nngrade.grader.mutants.MaxPoolingBase;

/** Max pooling whose output width is computed from the input height. */
public class MaxPoolingLayerImpl extends MaxPoolingBase {
  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    super(poolH, poolW, stride, pad);
  }

  @Override
  protected int outWidth(int h, int w) {
    return super.outWidth(h, h);
  }
}
