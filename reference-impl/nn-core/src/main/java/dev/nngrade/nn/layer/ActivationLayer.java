package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Tensor;

/**
 * An element-wise activation as a layer: {@code y = f(x)}, {@code dx = dout * f'(x)}. It caches
 * both {@code x} and {@code y} because some derivatives read one and some the other (see {@link Activation}).
 */
public class ActivationLayer implements Layer {
  private final Activation f;
  private Tensor x;
  private Tensor y;
  private Tensor dx;

  public ActivationLayer(Activation f) {
    this.f = f;
  }

  public Activation activation() {
    return f;
  }

  @Override
  public Tensor forward(Tensor x, boolean train) {
    Backend be = x.backend();
    this.x = x;
    y = be.reuseOrZeros(y, x.shape());
    be.map(f, x, y);
    return y;
  }

  @Override
  public Tensor forwardAfterInputChange(Tensor x, int column) {
    if (x != this.x || y == null) {
      return forward(x, false);
    }
    x.backend().mapColumns(f, x, y, column, column + 1);
    return y;
  }

  @Override
  public int columnAfterInputChange(int column) {
    return column;
  }

  @Override
  public Tensor backward(Tensor dout) {
    if (x == null) {
      throw new IllegalStateException(getClass().getSimpleName() + ".backward called before forward");
    }
    Checks.shape(getClass().getSimpleName() + ".backward", "dout", dout, y.shape());
    Backend be = dout.backend();
    dx = be.reuseOrZeros(dx, x.shape());
    be.mapBackward(f, x, y, dout, dx);
    return dx;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + f + ")";
  }
}
