package dev.nngrade.nn.tensor;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The dimensions of a dense, row-major tensor. Immutable; every dimension is at least 1.
 *
 * <p>Shapes print as {@code [100, 784]}, the form every shape-mismatch message uses.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Shape {
  private final int[] dims;
  private final int size;

  private Shape(int[] dims) {
    this.dims = dims;
    long n = 1;
    for (int d : dims) {
      n *= d;
    }
    this.size = (int) n;
  }

  /** A shape with the given dimensions; each must be positive and their product must fit an int. */
  public static Shape of(int... dims) {
    if (dims.length == 0) {
      throw new IllegalArgumentException("a shape needs at least one dimension; use Shape.of(1) for a scalar");
    }
    long n = 1;
    for (int d : dims) {
      if (d <= 0) {
        throw new IllegalArgumentException(
            "every dimension must be positive, got " + Arrays.toString(dims));
      }
      n *= d;
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "shape " + Arrays.toString(dims) + " has more than 2^31-1 elements; split the batch");
      }
    }
    return new Shape(dims.clone());
  }

  public int rank() {
    return dims.length;
  }

  /** Dimension {@code axis}; negative axes count from the end, as in NumPy. */
  public int dim(int axis) {
    int a = axis < 0 ? dims.length + axis : axis;
    if (a < 0 || a >= dims.length) {
      throw new IllegalArgumentException("axis " + axis + " is out of range for shape " + this);
    }
    return dims[a];
  }

  /** Number of elements. */
  public int size() {
    return size;
  }

  public int[] dims() {
    return dims.clone();
  }

  /** Rows of the 2-D view that keeps the first dimension: {@code [N, C, H, W]} has N rows. */
  public int rows() {
    return dims[0];
  }

  /** Elements per row of that 2-D view: {@code [N, C, H, W]} has C*H*W. */
  public int rowSize() {
    return size / dims[0];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape s && Arrays.equals(dims, s.dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  @Override
  public String toString() {
    return Arrays.toString(dims);
  }
}
