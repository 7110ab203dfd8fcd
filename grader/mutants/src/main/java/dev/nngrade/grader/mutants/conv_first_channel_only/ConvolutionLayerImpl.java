package dev.nngrade.grader.mutants.conv_first_channel_only;

import dev.nngrade.grader.mutants.ConvolutionBase;

/** Convolution layer that sums over the first input channel only. */
public class ConvolutionLayerImpl extends ConvolutionBase {
  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    super(w, b, stride, pad);
  }

  @Override
  protected int channelsSummed(int c) {
    return 1;
  }
}
