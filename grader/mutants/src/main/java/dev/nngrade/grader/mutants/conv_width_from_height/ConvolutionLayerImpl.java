package dev.nngrade.grader.mutants.conv_width_from_height;

import dev.nngrade.grader.mutants.ConvolutionBase;

/** Convolution layer whose output width is computed from the input height (and the filter height). */
public class ConvolutionLayerImpl extends ConvolutionBase {
  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    super(w, b, stride, pad);
  }

  @Override
  protected int outWidth(int h, int width) {
    return outHeight(h, h);
  }
}
