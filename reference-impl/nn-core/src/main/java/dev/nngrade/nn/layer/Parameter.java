package dev.nngrade.nn.layer;

import dev.nngrade.nn.tensor.Tensor;
import org.apiguardian.api.API;

/**
 * A learnable tensor and the gradient of the loss with respect to it. The layer that owns it writes
 * {@link #grad()} in {@code backward}; an optimizer reads the gradient and updates {@link #value()} in place.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Parameter {
  private final String name;
  private final Tensor value;
  private final Tensor grad;

  public Parameter(String name, Tensor value) {
    this.name = name;
    this.value = value;
    this.grad = value.backend().zeros(value.shape());
  }

  /** The textbook's key for it, such as {@code W1} or {@code b2}. */
  public String name() {
    return name;
  }

  public Tensor value() {
    return value;
  }

  public Tensor grad() {
    return grad;
  }

  @Override
  public String toString() {
    return name + value.shape();
  }
}
