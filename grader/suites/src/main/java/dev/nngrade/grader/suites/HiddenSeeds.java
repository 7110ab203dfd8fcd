package dev.nngrade.grader.suites;

/** Seeds students never see: the public tests use the testkit's visible seed, these replace it. */
final class HiddenSeeds {
  static final long BASE = 0x5eed_4e4e_6772_6164L;
  static final int TRIALS = 6;

  private HiddenSeeds() {}

  static long of(Class<?> suite) {
    return BASE ^ suite.getSimpleName().hashCode();
  }
}
