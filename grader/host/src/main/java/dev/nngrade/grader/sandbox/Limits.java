package dev.nngrade.grader.sandbox;

import java.time.Duration;

/** What one run may use: {@code perRun} is the run's own clock (for a graded submission, what is left of its budget). */
public record Limits(Duration perTest, Duration perRun, int heapMegabytes, int outputKilobytes) {
  /** Time a JVM needs to start and load JUnit before the first test, beyond the per-test budget. */
  public static final Duration STARTUP = Duration.ofSeconds(20);

  public Limits withPerRun(Duration d) {
    return new Limits(perTest, d, heapMegabytes, outputKilobytes);
  }
}
