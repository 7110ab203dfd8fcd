package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Activation;

/** The ReLU layer (DLFS §5.5.1): the mask {@code x <= 0} zeroes both the output and the gradient. */
public final class Relu extends ActivationLayer {
  public Relu() {
    super(Activation.RELU);
  }
}
