package dev.nngrade.solution;

import dev.nngrade.contract.layer.Correlation;

/** The lecture's single-channel correlation is a convolution layer with one filter, stride 1, no padding, no bias. */
public class CorrelationImpl implements Correlation {
  @Override
  public double[][] correlate(double[][] image, double[][] filter) {
    ConvolutionLayerImpl conv = new ConvolutionLayerImpl(new double[][][][] {{filter}}, new double[] {0}, 1, 0);
    return conv.forward(new double[][][][] {{image}})[0][0];
  }
}
