package dev.nngrade.nn.data;

import java.util.Arrays;

/**
 * The contents of an IDX file of unsigned bytes (type {@code 0x08}, the type MNIST uses): its
 * dimensions and its data in row-major order.
 */
public record IdxArray(int[] dims, byte[] data) {

  /** The magic number of an unsigned-byte IDX file of {@code rank} dimensions: {@code 0x00000800 | rank}. */
  public static int magicFor(int rank) {
    return 0x0800 | rank;
  }

  public int rank() {
    return dims.length;
  }

  public int dim(int i) {
    return dims[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdxArray a && Arrays.equals(dims, a.dims) && Arrays.equals(data, a.data);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(dims) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "IdxArray" + Arrays.toString(dims);
  }
}
