package dev.nngrade.nn.backend.cpu;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Whole-array questions the GEMM asks before it decides to skip zero terms. */
final class Scan {
  private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;

  private Scan() {}

  /** How many of {@code x[from, to)} are 0 (or -0). */
  static int zeros(double[] x, int from, int to) {
    int count = 0, i = from;
    DoubleVector zero = DoubleVector.zero(SP);
    for (; i + SP.length() <= to; i += SP.length()) {
      count += DoubleVector.fromArray(SP, x, i).compare(VectorOperators.EQ, zero).trueCount();
    }
    for (; i < to; i++) {
      count += x[i] == 0.0 ? 1 : 0;
    }
    return count;
  }

  /** Whether every element of {@code x[from, to)} is finite (x - x is 0 exactly for finite x, NaN otherwise). */
  static boolean allFinite(double[] x, int from, int to) {
    DoubleVector acc = DoubleVector.zero(SP);
    int i = from;
    for (; i + SP.length() <= to; i += SP.length()) {
      DoubleVector v = DoubleVector.fromArray(SP, x, i);
      acc = acc.add(v.sub(v));
    }
    double tail = 0.0;
    for (; i < to; i++) {
      tail += x[i] - x[i];
    }
    return acc.reduceLanes(VectorOperators.ADD) == 0.0 && tail == 0.0;
  }

  /** Transposes each of {@code count} row-major {@code rows x cols} matrices of {@code x} into {@code t}, in 8x8 tiles. */
  static void transposeEach(double[] x, double[] t, int count, int rows, int cols, int b0, int b1) {
    for (int b = b0; b < b1; b++) {
      int o = b * rows * cols;
      for (int i0 = 0; i0 < rows; i0 += 8) {
        int i1 = Math.min(rows, i0 + 8);
        for (int j0 = 0; j0 < cols; j0 += 8) {
          int j1 = Math.min(cols, j0 + 8);
          for (int i = i0; i < i1; i++) {
            for (int j = j0; j < j1; j++) {
              t[o + j * rows + i] = x[o + i * cols + j];
            }
          }
        }
      }
    }
  }
}
