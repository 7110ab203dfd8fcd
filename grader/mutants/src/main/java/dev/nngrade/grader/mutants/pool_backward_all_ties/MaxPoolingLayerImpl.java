package dev.nngrade.grader.mutants.pool_backward_all_ties;

import dev.nngrade.grader.mutants.MaxPoolingBase;

/** Max pooling whose backward sends the gradient to every position that ties for the maximum. */
public class MaxPoolingLayerImpl extends MaxPoolingBase {
  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    super(poolH, poolW, stride, pad);
  }

  @Override
  protected boolean routesToEveryTie() {
    return true;
  }
}
