package dev.nngrade.solution;

import dev.nngrade.contract.layer.AffineLayer;
import dev.nngrade.nn.layer.Affine;
import dev.nngrade.nn.layer.Parameter;

/** nn-core's Affine; W and b are uploaded before each forward so that in-place updates of the arrays count. */
public class AffineLayerImpl implements AffineLayer {
  private final double[][] w;
  private final double[] b;
  private final Parameter pw;
  private final Parameter pb;
  private final Affine affine;

  public AffineLayerImpl(double[][] w, double[] b) {
    this.w = w;
    this.b = b;
    this.pw = new Parameter("W", Host.matrix("W", w));
    this.pb = new Parameter("b", Host.vector("b", b));
    this.affine = new Affine(pw, pb);
  }

  @Override
  public double[][] forward(double[][] x) {
    Host.upload("W", w, pw.value());
    Host.CPU.upload(b, pb.value());
    return Host.matrix(affine.forward(Host.matrix("x", x), true));
  }

  @Override
  public double[][] backward(double[][] dout) {
    return Host.matrix(affine.backward(Host.matrix("dout", dout)));
  }

  @Override
  public double[][] dW() {
    return Host.matrix(pw.grad());
  }

  @Override
  public double[] db() {
    return pb.grad().toArray();
  }
}
