package dev.nngrade.grader.suites;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Integrity checks, never scored: the canary must be reported failed and the control passed. A
 * submission that makes every test "pass" (by forging results) makes the canary pass too, and is
 * flagged for review instead of scored.
 */
public class CanaryTests {
  @Test
  void canaryMustFail() {
    fail("the canary fails by design");
  }

  @Test
  void controlMustPass() {}
}
