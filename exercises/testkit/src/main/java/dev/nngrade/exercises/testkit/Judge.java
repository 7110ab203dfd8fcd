package dev.nngrade.exercises.testkit;

/**
 * Checks whose expected value is the reference implementation's, computed where submissions cannot
 * reach it. In the grader's child JVM the value is sent to the host and the test goes on; the host
 * ran the same test with the reference on the same inputs (same seed) and compares value for value,
 * check by check, in order, with the tolerance and hint recorded there. The reference, and so the
 * expected values, never enter the sandbox.
 *
 * <p>Rules for suites: the inputs of a judged check, and whether it is reached, must not depend on
 * what the implementation under test returned earlier (the host's run and the child's must meet the
 * same checks in the same order); labels ({@code what}) are built from inputs only.
 */
public final class Judge {
  private Judge() {}

  public static void same(String what, double actual, Tolerance tol, String hintKey) {
    record(what, Observed.scalar(actual), tol, hintKey);
  }

  public static void same(String what, double[] actual, Tolerance tol, String hintKey) {
    record(what, Observed.of(actual), tol, hintKey);
  }

  public static void same(String what, double[][] actual, Tolerance tol, String hintKey) {
    record(what, Observed.of(actual), tol, hintKey);
  }

  public static void same(String what, double[][][][] actual, Tolerance tol, String hintKey) {
    record(what, Observed.of(actual), tol, hintKey);
  }

  /** Exact integers (counts, labels, indices). */
  public static void same(String what, int[] actual, String hintKey) {
    record(what, Observed.of(actual), Tolerance.abs(0), hintKey);
  }

  private static void record(String what, Observed value, Tolerance tol, String hintKey) {
    if (!Checks.installed()) {
      throw new IllegalStateException("judged check '" + what + "' needs the grader (it compares with the reference where submissions cannot see it)");
    }
    Checks.forCaller().ifPresent(s -> s.judged(what, value, tol, hintKey));
  }
}
