package dev.nngrade.grader.results;

/**
 * One test's result, as the host decides it. Only {@code PASSED} scores; the others say why not.
 */
public enum Outcome {
  PASSED,
  FAILED,
  /** An abort or assumption: scored 0, never counted as skipped. */
  ABORTED,
  /** Reported as skipped (a disabled test): scored 0. */
  SKIPPED,
  /** The test ran past its time, or was running when the run's clock ran out. */
  TIMED_OUT,
  /** The JVM died while the test ran (exit, out of memory, output limit). */
  CRASHED,
  /** The test never ran: its class could not start (a failing {@code @BeforeAll}), or no report came. */
  NOT_RUN
}
