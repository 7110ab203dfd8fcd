package dev.nngrade.exercises.testkit;

import java.util.OptionalLong;

/** The seeds the grader hands to tests (see {@link RunContext}). */
public final class Seeds {
  private Seeds() {}

  /** The seed of the running test's hidden inputs, when the grader gave one. */
  public static OptionalLong ofRunningTest() {
    return RunContext.seed();
  }
}
