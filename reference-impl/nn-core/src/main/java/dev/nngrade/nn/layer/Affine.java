package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.util.List;

/**
 * The fully connected layer on row-vector batches, {@code Y = X W + b} (DLFS §5.6.2, lecture 001):
 * {@code dX = dY W^T}, {@code dW = X^T dY}, {@code db = Σ_rows dY}. An input of rank above 2 (images)
 * is flattened per sample, and {@code dX} gets the input's shape back.
 */
public final class Affine implements Layer {
  private final Parameter w;
  private final Parameter b;
  private boolean inputGradient = true;
  private Tensor x2d;
  private Tensor lastInput;
  private Shape inputShape;
  private Tensor out;
  private Tensor dx;

  /** {@code W} is {@code [in, out]} and {@code b} is {@code [out]}; the layer trains them in place. */
  public Affine(Parameter w, Parameter b) {
    Checks.check(w.value().shape().rank() == 2, () -> "Affine: W has shape " + w.value().shape() + ", expected [in, out]");
    int outs = w.value().shape().dim(1);
    Checks.check(
        b.value().shape().equals(Shape.of(outs)),
        () -> "Affine: b has shape " + b.value().shape() + ", expected [" + outs + "] to match W " + w.value().shape());
    this.w = w;
    this.b = b;
  }

  public int inputSize() {
    return w.value().shape().dim(0);
  }

  public int outputSize() {
    return w.value().shape().dim(1);
  }

  @Override
  public Tensor forward(Tensor x, boolean train) {
    int in = inputSize();
    Checks.check(
        x.shape().rank() >= 2 && x.shape().rowSize() == in,
        () -> "Affine.forward: x has shape " + x.shape() + ", expected [*, " + in + "] (W is " + w.value().shape() + ")");
    Backend be = x.backend();
    inputShape = x.shape();
    lastInput = x;
    x2d = x.shape().rank() == 2 ? x : x.reshape(x.shape().rows(), in);
    out = be.reuseOrZeros(out, Shape.of(x2d.shape().rows(), outputSize()));
    be.gemm(false, false, 1.0, x2d, w.value(), 0.0, out);
    be.addBiasInPlace(out, b.value(), 1);
    return out;
  }

  /** A weight {@code W[i][j]} or bias {@code b[j]} affects output column {@code j} only: that column is recomputed. */
  @Override
  public Tensor forwardAfterChange(Tensor x, Parameter p, int index) {
    if (out == null || x != lastInput || (p != w && p != b)) {
      return forward(x, false);
    }
    int j = p == w ? index % outputSize() : index;
    Backend be = x.backend();
    be.gemmColumns(false, false, 1.0, x2d, w.value(), 0.0, out, j, j + 1);
    be.addBiasColumnsInPlace(out, b.value(), j, j + 1);
    return out;
  }

  @Override
  public int[] perturbationOrder(Parameter p) {
    if (p != w) {
      return null;
    }
    int in = inputSize(), outs = outputSize();
    int[] order = new int[in * outs];
    for (int j = 0, o = 0; j < outs; j++) {
      for (int i = 0; i < in; i++) {
        order[o++] = i * outs + j;
      }
    }
    return order;
  }

  @Override
  public int outputColumnAfterChange(Parameter p, int index) {
    return p == w ? index % outputSize() : p == b ? index : -1;
  }

  /**
   * {@code W[i][j]} enters the output only as {@code x[n][i] * W[i][j]}: when column {@code i} of the
   * input is all zeros, those terms are ±0 whatever {@code W[i][j]} is, and adding ±0 changes no bit.
   */
  @Override
  public boolean affectsOutput(Parameter p, int index) {
    if (p != w || x2d == null) {
      return true;
    }
    int i = index / outputSize(), rows = x2d.shape().dim(0), in = inputSize();
    for (int r = 0; r < rows; r++) {
      if (x2d.get(r * in + i) != 0.0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Tensor backward(Tensor dout) {
    if (x2d == null) {
      throw new IllegalStateException("Affine.backward called before forward");
    }
    Checks.shape("Affine.backward", "dout", dout, out.shape());
    Backend be = dout.backend();
    be.gemm(true, false, 1.0, x2d, dout, 0.0, w.grad());
    be.sumKeepingAxis(dout, 1, b.grad());
    if (!inputGradient) {
      return null;
    }
    dx = be.reuseOrZeros(dx, x2d.shape());
    be.gemm(false, true, 1.0, dout, w.value(), 0.0, dx);
    return dx.reshape(inputShape);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(w, b);
  }

  @Override
  public void skipInputGradient() {
    inputGradient = false;
  }

  @Override
  public String toString() {
    return "Affine" + w.value().shape();
  }
}
