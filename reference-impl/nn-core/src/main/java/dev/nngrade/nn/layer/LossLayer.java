package dev.nngrade.nn.layer;

import dev.nngrade.nn.tensor.Tensor;
import org.apiguardian.api.API;

/**
 * The last layer: turns scores into an output and a scalar loss. {@code backward} starts the
 * backward pass with {@code dL/dL = 1} and returns {@code dL/dscores} (a layer-owned tensor).
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface LossLayer {

  /** Computes and caches the output, and returns the loss against {@code target}. */
  double forward(Tensor scores, Tensor target);

  /** {@code dL/dscores} for the last {@code forward}. */
  Tensor backward();

  /** The output of the last {@code forward} (probabilities for softmax, the scores themselves for identity). */
  Tensor output();
}
