package dev.nngrade.nn.tensor;

import dev.nngrade.nn.backend.Backend;
import org.apiguardian.api.API;

/**
 * A dense, row-major array of numbers that lives in one {@link Backend} (host memory for the CPU
 * backend, device memory for a GPU backend).
 *
 * <p>A tensor is a handle: the arithmetic is done by its backend's kernels. Methods that change
 * the contents end in {@code InPlace}; every other method leaves the tensor as it was. Reading
 * single elements ({@link #get}) is meant for tests and the numerical gradient; on a GPU backend
 * each call is a transfer.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Tensor {

  Shape shape();

  Backend backend();

  default int size() {
    return shape().size();
  }

  /** A copy of the contents as doubles, in row-major order. */
  default double[] toArray() {
    return backend().toHost(this);
  }

  /** A view with another shape of the same size, sharing the contents (a write to one shows in both). */
  Tensor reshape(Shape shape);

  default Tensor reshape(int... dims) {
    return reshape(Shape.of(dims));
  }

  /** Element {@code index} of the row-major order. */
  double get(int index);

  /** Sets element {@code index} of the row-major order. */
  void setInPlace(int index, double value);
}
