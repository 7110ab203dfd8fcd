package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Activation;

/** Leaky ReLU (lecture 000): slope {@link Activation#LEAKY_SLOPE} for {@code x <= 0}. */
public final class LeakyRelu extends ActivationLayer {
  public LeakyRelu() {
    super(Activation.LEAKY_RELU);
  }
}
