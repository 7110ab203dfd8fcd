package dev.nngrade.grader.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one child run produced: the finished tests in order, failed containers, whether the run
 * ended normally, and if not why and which test was in flight; for a leaderboard run also the
 * authenticated data events (prediction rows, timing) in the order they came.
 */
public record RunResult(
    Map<String, TestEvent> finished,
    Map<String, TestEvent> failedContainers,
    boolean ended,
    Ending ending,
    Optional<String> inFlight,
    int rejectedLines,
    String stderrHead,
    long millis,
    List<com.fasterxml.jackson.databind.JsonNode> data) {

  /** How the run ended. */
  public enum Ending {
    /** The runner reported its end. */
    NORMAL,
    /** The JVM exited without the end event (System.exit, crash, out of memory). */
    EXITED,
    /** The grader killed it: no event for longer than a test may take, or the run's clock ran out. */
    TIMED_OUT,
    /** The grader killed it: it wrote more output than allowed. */
    OUTPUT_LIMIT,
    /**
     * A test ran past its time inside the JVM; its thread may still be spinning, so the grader
     * replaced the JVM to run the rest at full speed.
     */
    REPLACED_AFTER_TIMEOUT
  }

  public List<String> finishedIds() {
    return List.copyOf(finished.keySet());
  }
}
