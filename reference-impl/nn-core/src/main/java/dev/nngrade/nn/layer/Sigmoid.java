package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Activation;

/** The sigmoid layer (DLFS §5.5.2, lecture 001): {@code dx = dout * y (1 - y)}. */
public final class Sigmoid extends ActivationLayer {
  public Sigmoid() {
    super(Activation.SIGMOID);
  }
}
