package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Tensor;

/** {@code z = x * y} element-wise; {@code dx = dout * y}, {@code dy = dout * x} ("mul gate: gradient switcher"). */
public final class MulLayer implements BinaryLayer {
  public MulLayer() {}

  private Tensor x;
  private Tensor y;
  private Tensor out;

  @Override
  public Tensor forward(Tensor x, Tensor y) {
    Checks.sameShape("MulLayer.forward", "x", x, "y", y);
    Backend be = x.backend();
    // copies: the caller may reuse its tensors before backward runs
    this.x = be.zeros(x.shape());
    this.y = be.zeros(y.shape());
    be.copy(x, this.x);
    be.copy(y, this.y);
    out = be.reuseOrZeros(out, x.shape());
    be.zip(BinaryOp.MUL, x, y, out);
    return out;
  }

  @Override
  public Gradients backward(Tensor dout) {
    if (x == null) {
      throw new IllegalStateException("MulLayer.backward called before forward");
    }
    Checks.sameShape("MulLayer.backward", "dout", dout, "x", x);
    Backend be = dout.backend();
    Tensor dx = be.zeros(dout.shape());
    Tensor dy = be.zeros(dout.shape());
    be.zip(BinaryOp.MUL, dout, y, dx);
    be.zip(BinaryOp.MUL, dout, x, dy);
    return new Gradients(dx, dy);
  }
}
