package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Tensor;

/** {@code z = x + y}; the gradient passes to both inputs unchanged ("add gate: gradient distributor"). */
public final class AddLayer implements BinaryLayer {
  public AddLayer() {}

  private Tensor out;

  @Override
  public Tensor forward(Tensor x, Tensor y) {
    Checks.sameShape("AddLayer.forward", "x", x, "y", y);
    Backend be = x.backend();
    out = be.reuseOrZeros(out, x.shape());
    be.zip(BinaryOp.ADD, x, y, out);
    return out;
  }

  @Override
  public Gradients backward(Tensor dout) {
    Backend be = dout.backend();
    Tensor dx = be.zeros(dout.shape());
    Tensor dy = be.zeros(dout.shape());
    be.copy(dout, dx);
    be.copy(dout, dy);
    return new Gradients(dx, dy);
  }
}
