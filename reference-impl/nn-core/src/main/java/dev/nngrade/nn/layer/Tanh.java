package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Activation;

/** The tanh layer: {@code dx = dout * (1 - y^2)}. */
public final class Tanh extends ActivationLayer {
  public Tanh() {
    super(Activation.TANH);
  }
}
