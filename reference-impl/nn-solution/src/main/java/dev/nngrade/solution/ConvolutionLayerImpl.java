package dev.nngrade.solution;

import dev.nngrade.contract.layer.ConvolutionLayer;
import dev.nngrade.nn.layer.Convolution;
import dev.nngrade.nn.layer.Parameter;

public class ConvolutionLayerImpl implements ConvolutionLayer {
  private final double[][][][] wArray;
  private final double[] bArray;
  private final Parameter w;
  private final Parameter b;
  private final Convolution layer;

  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    this.wArray = w;
    this.bArray = b;
    this.w = new Parameter("W", Host.tensor4("W", w));
    this.b = new Parameter("b", Host.vector("b", b));
    this.layer = new Convolution(this.w, this.b, stride, pad);
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    // the arrays may have changed in place since the last call (an optimizer step, a difference quotient)
    Host.CPU.copy(Host.tensor4("W", wArray), w.value());
    Host.CPU.upload(bArray, b.value());
    return Host.tensor4(layer.forward(Host.tensor4("x", x), true));
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    return Host.tensor4(layer.backward(Host.tensor4("dout", dout)));
  }

  @Override
  public double[][][][] dW() {
    return Host.tensor4(w.grad());
  }

  @Override
  public double[] db() {
    return b.grad().toArray();
  }
}
