package dev.nngrade.grader.protocol;

import java.util.Arrays;
import java.util.Objects;

/**
 * A judged value as it crosses from child to host: a rectangular array of doubles (a scalar has
 * shape {@code []}), or the fact that the submission returned {@code null} or a ragged array.
 */
public record Value(Kind kind, int[] shape, double[] data) {
  /** What the submission returned. */
  public enum Kind {
    ARRAY,
    NULL,
    RAGGED
  }

  public static final Value NULL = new Value(Kind.NULL, new int[0], new double[0]);
  public static final Value RAGGED = new Value(Kind.RAGGED, new int[0], new double[0]);

  public Value {
    Objects.requireNonNull(kind);
    shape = shape.clone();
    data = data.clone();
    // extents whose product no array can hold are refused even beside a zero extent, and the product
    // never wraps: [65536, 65536, 65536, 65536] would wrap to 0 and pass as an empty value
    long n = 1;
    long nonZero = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative extent in shape " + Arrays.toString(shape));
      }
      nonZero *= Math.max(d, 1);
      if (nonZero > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " describes more values than an array holds");
      }
      n *= d;
    }
    if (kind == Kind.ARRAY ? n != data.length : shape.length != 0 || data.length != 0) {
      throw new IllegalArgumentException(kind + " of shape " + Arrays.toString(shape) + " with " + data.length + " values");
    }
  }

  public static Value scalar(double v) {
    return new Value(Kind.ARRAY, new int[0], new double[] {v});
  }

  public static Value of(int[] shape, double[] flat) {
    return new Value(Kind.ARRAY, shape, flat);
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  @Override
  public double[] data() {
    return data.clone();
  }

  /** The number of values (without a copy). */
  public int size() {
    return data.length;
  }

  /** Value {@code i} of the flat data (without a copy). */
  public double at(int i) {
    return data[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Value v && v.kind == kind && Arrays.equals(v.shape, shape) && Arrays.equals(v.data, data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(shape), Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return kind == Kind.ARRAY ? "Value" + Arrays.toString(shape) : "Value[" + kind + "]";
  }
}
