package dev.nngrade.grader.suites;

/**
 * Seeds of the hidden suites' random inputs. Graded runs get each test's seed from the host (derived
 * from the assignment's master seed, which never enters the sandbox); {@link #of} is only the
 * fallback of a suite run outside the grader, so nothing in this jar decides a graded input.
 */
final class HiddenSeeds {
  static final int TRIALS = 6;

  private HiddenSeeds() {}

  /** The development seed of a suite, when no grader gave one. */
  static long of(Class<?> suite) {
    return 0x5eed_4e4e_6772_6164L ^ suite.getSimpleName().hashCode();
  }
}
