package dev.nngrade.grader.mutants.pool_backward_overwrites_overlap;

import dev.nngrade.grader.mutants.MaxPoolingBase;

/** Max pooling whose backward assigns (=) instead of adding, so overlapping windows overwrite each other. */
public class MaxPoolingLayerImpl extends MaxPoolingBase {
  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    super(poolH, poolW, stride, pad);
  }

  @Override
  protected void route(double[][] dxPlane, int y, int x, double g) {
    dxPlane[y][x] = g;
  }
}
