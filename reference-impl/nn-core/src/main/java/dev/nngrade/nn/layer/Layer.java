package dev.nngrade.nn.layer;

import dev.nngrade.nn.tensor.Tensor;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One step of a network with its forward and backward pass (DLFS ch. 5).
 *
 * <p>Order of use: {@code forward} caches what {@code backward} needs; {@code backward} must follow
 * a {@code forward} on the same batch and writes the gradients of the layer's {@link #parameters()}.
 * Neither modifies its argument. The tensor either one returns belongs to the layer and is
 * overwritten by the next call (copy it with {@code toArray()} to keep it); the layer reuses it so
 * that a training step allocates nothing once the batch shape is fixed.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Layer {

  /** The forward pass; {@code train} selects training behaviour (dropout masks) over inference. */
  Tensor forward(Tensor x, boolean train);

  /** The forward pass in training mode. */
  default Tensor forward(Tensor x) {
    return forward(x, true);
  }

  /**
   * Given {@code dout = dL/dy}, writes the parameter gradients and returns {@code dL/dx}; returns
   * {@code null} only after {@link #skipInputGradient()}.
   */
  Tensor backward(Tensor dout);

  /** The learnable parameters, in the textbook's order (weights before biases). */
  default List<Parameter> parameters() {
    return List.of();
  }

  /**
   * Stops {@code backward} from computing {@code dL/dx}, for the first layer of a network where
   * nothing consumes it (the textbook's ch04 TwoLayerNet never forms it). Parameter gradients are unaffected.
   */
  default void skipInputGradient() {}
}
