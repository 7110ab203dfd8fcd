package dev.nngrade.solution;

import dev.nngrade.contract.layer.MaxPoolingLayer;
import dev.nngrade.nn.layer.MaxPooling;

public class MaxPoolingLayerImpl implements MaxPoolingLayer {
  private final MaxPooling layer;

  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    this.layer = new MaxPooling(poolH, poolW, stride, pad);
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    return Host.tensor4(layer.forward(Host.tensor4("x", x), true));
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    return Host.tensor4(layer.backward(Host.tensor4("dout", dout)));
  }
}
