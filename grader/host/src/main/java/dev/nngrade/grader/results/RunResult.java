package dev.nngrade.grader.results;

import dev.nngrade.grader.protocol.Event;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one child run produced: the finished tests, failed containers, whether the run ended
 * normally, and if not why and which test was in flight; what the child's confinement holds; for a
 * leaderboard run also the prediction rows and the model's timing, in the order they came.
 */
public record RunResult(
    Map<String, TestReport> finished,
    List<Event.ContainerFailed> failedContainers,
    boolean ended,
    Ending ending,
    Optional<String> inFlight,
    int rejected,
    String stderrHead,
    long millis,
    List<Event.Rows> rows,
    Optional<Event.Timing> timing,
    Optional<Event.Confined> confined) {

  public RunResult {
    finished = Map.copyOf(finished);
    failedContainers = List.copyOf(failedContainers);
    rows = List.copyOf(rows);
  }

  /** The same result with a note for instructors after the child's stderr (what the sandbox saw). */
  public RunResult withStderrNote(String note) {
    return new RunResult(finished, failedContainers, ended, ending, inFlight, rejected, stderrHead + "\n[nngrade] " + note, millis, rows, timing, confined);
  }

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
    /** The event stream was damaged (a frame too long, a wrong MAC): nothing after it was read. */
    BROKEN_STREAM,
    /**
     * A test ran past its time inside the JVM; its thread may still be spinning, so the grader
     * replaced the JVM to run the rest at full speed.
     */
    REPLACED_AFTER_TIMEOUT
  }
}
