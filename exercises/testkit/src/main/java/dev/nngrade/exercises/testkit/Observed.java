package dev.nngrade.exercises.testkit;

import java.util.Arrays;

/**
 * A value a check observed, flattened: a rectangular array of doubles (a scalar has shape {@code
 * []}), or the fact that the implementation returned {@code null} or a ragged array.
 */
public record Observed(Kind kind, int[] shape, double[] data) {
  /** What the implementation returned. */
  public enum Kind {
    ARRAY,
    NULL,
    RAGGED
  }

  public Observed {
    shape = shape.clone();
    data = data.clone();
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  @Override
  public double[] data() {
    return data.clone();
  }

  static Observed scalar(double v) {
    return new Observed(Kind.ARRAY, new int[0], new double[] {v});
  }

  static Observed of(double[] v) {
    return v == null ? none() : new Observed(Kind.ARRAY, new int[] {v.length}, v);
  }

  static Observed of(int[] v) {
    return v == null ? none() : new Observed(Kind.ARRAY, new int[] {v.length}, Arrays.stream(v).asDoubleStream().toArray());
  }

  static Observed of(double[][] v) {
    if (v == null) {
      return none();
    }
    int cols = v.length == 0 ? 0 : v[0] == null ? -1 : v[0].length;
    for (double[] row : v) {
      if (row == null || row.length != cols) {
        return new Observed(Kind.RAGGED, new int[0], new double[0]);
      }
    }
    return new Observed(Kind.ARRAY, new int[] {v.length, cols}, Shapes.flat(v));
  }

  static Observed of(double[][][][] v) {
    if (v == null) {
      return none();
    }
    int[] s = Shapes.of(v);
    return s.length == 4 && s[3] >= 0 ? new Observed(Kind.ARRAY, s, Shapes.flat(v)) : ragged();
  }

  private static Observed none() {
    return new Observed(Kind.NULL, new int[0], new double[0]);
  }

  private static Observed ragged() {
    return new Observed(Kind.RAGGED, new int[0], new double[0]);
  }
}
