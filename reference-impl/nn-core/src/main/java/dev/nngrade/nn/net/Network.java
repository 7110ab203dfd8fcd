package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A trainable network with the textbook's interface (DLFS ch04/ch05 {@code TwoLayerNet}): {@code
 * predict}, {@code loss}, {@code accuracy}, {@code gradient} (backprop) and {@code numericalGradient}.
 * Targets are one-hot {@code [N, K]} or labels {@code [N]}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Network {

  Backend backend();

  /** The scores before the loss layer, in inference mode (dropout scaled, not sampled). */
  Tensor predict(Tensor x);

  /** The loss of {@code predict(x)} against {@code t}, in inference mode. */
  double loss(Tensor x, Tensor t);

  /** The fraction of rows whose largest score is the target class. */
  double accuracy(Tensor x, Tensor t);

  /** Forward in training mode and backprop: writes every parameter's gradient and returns the loss. */
  double gradient(Tensor x, Tensor t);

  /** Central-difference gradients of {@link #loss} ({@code h = 1e-4}) for every parameter, keyed by parameter name. */
  Map<String, double[]> numericalGradient(Tensor x, Tensor t);

  /** The learnable parameters in the textbook's order ({@code W1, b1, W2, b2, ...}). */
  List<Parameter> parameters();
}
