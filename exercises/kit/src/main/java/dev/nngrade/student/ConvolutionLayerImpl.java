package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.layer.ConvolutionLayer;

/** {@link ConvolutionLayer} の実装（課題: convolution）。 Your implementation; the interface's Javadoc states the formula. */
public class ConvolutionLayerImpl implements ConvolutionLayer {
  private final double[][][][] w;
  private final double[] b;
  private final int stride;
  private final int pad;

  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    this.w = w;
    this.b = b;
    this.stride = stride;
    this.pad = pad;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    // TODO
    throw NotImplemented.of(Exercise.CONVOLUTION, "ConvolutionLayerImpl.forward");
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    // TODO
    throw NotImplemented.of(Exercise.CONVOLUTION, "ConvolutionLayerImpl.backward");
  }

  @Override
  public double[][][][] dW() {
    // TODO
    throw NotImplemented.of(Exercise.CONVOLUTION, "ConvolutionLayerImpl.dW");
  }

  @Override
  public double[] db() {
    // TODO
    throw NotImplemented.of(Exercise.CONVOLUTION, "ConvolutionLayerImpl.db");
  }
}
