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
   * The inference-mode output after element {@code index} of {@code p} (one of this layer's
   * parameters) changed, for the same input {@code x} as the last forward. It must equal a full
   * {@code forward(x, false)} bit for bit; a layer may recompute only the outputs that element
   * affects, which is what makes numerical gradients affordable. The default runs the full forward.
   */
  default Tensor forwardAfterChange(Tensor x, Parameter p, int index) {
    return forward(x, false);
  }

  /**
   * The one column of the output's 2-D view {@code [rows, rowSize]} that element {@code index} of
   * {@code p} affects, or -1 when it may affect more (the default).
   */
  default int outputColumnAfterChange(Parameter p, int index) {
    return -1;
  }

  /**
   * The order in which a numerical gradient should visit the elements of {@code p}, or null for
   * ascending (the default): an affine layer asks for its weight columns one at a time, so that the
   * one output column they share is restored once per column.
   */
  default int[] perturbationOrder(Parameter p) {
    return null;
  }

  /**
   * The inference-mode output when the input is the last forward's {@code x}, changed since then in
   * column {@code column} of its 2-D view only. It must equal a full {@code forward(x, false)} bit for
   * bit; an element-wise layer recomputes that column alone. The default runs the full forward.
   */
  default Tensor forwardAfterInputChange(Tensor x, int column) {
    return forward(x, false);
  }

  /** The output column that changes when input column {@code column} changes, or -1 for more (the default). */
  default int columnAfterInputChange(int column) {
    return -1;
  }

  /**
   * False only when changing element {@code index} of {@code p} by a small finite amount cannot change
   * a single bit of the output for the input of the last forward (an affine weight whose input column
   * is all zeros, say); numerical gradients then know the loss without running anything. The default
   * is true.
   */
  default boolean affectsOutput(Parameter p, int index) {
    return true;
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
