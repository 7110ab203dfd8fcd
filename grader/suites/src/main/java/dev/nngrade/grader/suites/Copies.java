package dev.nngrade.grader.suites;

import dev.nngrade.exercises.testkit.Numeric;

/**
 * Copies of what an implementation returned, kept to compare with later: an implementation may return
 * an array it goes on using (the contract does not forbid it), and null must stay null so that the check
 * that meets it says so.
 */
final class Copies {
  private Copies() {}

  static double[][] of(double[][] a) {
    return a == null ? null : Numeric.copy(a);
  }

  static double[][][][] of(double[][][][] a) {
    return a == null ? null : Numeric.copy(a);
  }
}
