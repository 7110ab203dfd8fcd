package dev.nngrade.grader.mutants.conv_dw_accumulates;

import dev.nngrade.grader.mutants.ConvolutionBase;

/** Convolution layer whose dW and db keep adding up over backward calls. */
public class ConvolutionLayerImpl extends ConvolutionBase {
  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    super(w, b, stride, pad);
  }

  @Override
  protected boolean clearsGradients() {
    return false;
  }
}
