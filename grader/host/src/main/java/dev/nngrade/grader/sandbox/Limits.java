package dev.nngrade.grader.sandbox;

import java.time.Duration;

/** What one run may use. */
public record Limits(Duration perTest, Duration perRun, int heapMegabytes, int outputKilobytes) {
  /** Time a JVM needs to start and load JUnit before the first test, beyond the per-test budget. */
  public static final Duration STARTUP = Duration.ofSeconds(20);
}
