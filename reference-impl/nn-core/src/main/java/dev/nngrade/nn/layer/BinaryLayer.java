package dev.nngrade.nn.layer;

import dev.nngrade.nn.tensor.Tensor;

/**
 * A node of the computational graph with two inputs (lecture 001, DLFS §5.4). {@code backward}
 * returns the gradients for both inputs; where a value feeds two nodes, its gradients add.
 */
public interface BinaryLayer {

  /** The two input gradients of {@link #backward}. */
  record Gradients(Tensor dx, Tensor dy) {}

  Tensor forward(Tensor x, Tensor y);

  Gradients backward(Tensor dout);
}
