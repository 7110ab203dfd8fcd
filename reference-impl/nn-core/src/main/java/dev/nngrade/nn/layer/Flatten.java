package dev.nngrade.nn.layer;

import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;

/** {@code [N, C, H, W]} (or any rank) to {@code [N, C*H*W]}, and the gradient back; both are views, no copy. */
public final class Flatten implements Layer {
  public Flatten() {}

  private Shape inputShape;

  @Override
  public Tensor forward(Tensor x, boolean train) {
    inputShape = x.shape();
    return x.reshape(x.shape().rows(), x.shape().rowSize());
  }

  @Override
  public Tensor backward(Tensor dout) {
    if (inputShape == null) {
      throw new IllegalStateException("Flatten.backward called before forward");
    }
    Checks.check(
        dout.size() == inputShape.size(),
        () -> "Flatten.backward: dout has shape " + dout.shape() + ", expected " + inputShape.size() + " elements for input "
            + inputShape);
    return dout.reshape(inputShape);
  }

  @Override
  public String toString() {
    return "Flatten";
  }
}
