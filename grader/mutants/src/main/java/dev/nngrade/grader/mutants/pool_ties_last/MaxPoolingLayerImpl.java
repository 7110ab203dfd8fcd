package dev.nngrade.grader.mutants.pool_ties_last;

import dev.nngrade.grader.mutants.MaxPoolingBase;

/** Max pooling that picks the last of tied maxima (>=) instead of the first in row-major order. */
public class MaxPoolingLayerImpl extends MaxPoolingBase {
  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    super(poolH, poolW, stride, pad);
  }

  @Override
  protected boolean replaces(double v, double best) {
    return v >= best;
  }
}
