package dev.nngrade.grader.judging;

import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.results.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * The host's verdict on one test: the outcome, how long it ran, why it did not pass (null when it
 * did), and the gradient checks it made (rows the testkit computed in the child, for reading only).
 */
public record Verdict(String id, Outcome outcome, long millis, Reason reason, List<Event.GradientRow> gradients) {
  public Verdict {
    Objects.requireNonNull(id);
    Objects.requireNonNull(outcome);
    gradients = List.copyOf(gradients);
  }

  /** A test with no report: the run ended around it, or it never ran; {@code detail} is for instructors. */
  public static Verdict lost(String id, Outcome outcome, String detail) {
    return new Verdict(id, outcome, 0, new Reason.Lost(detail), List.of());
  }

  /** A test the submission's time budget left no time for ({@code NOT_RUN}), or stopped while it ran ({@code TIMED_OUT}). */
  public static Verdict outOfTime(String id, Outcome outcome, int budgetSeconds) {
    return new Verdict(id, outcome, 0, new Reason.OutOfTime(budgetSeconds), List.of());
  }

  /** Why a test did not pass. */
  public sealed interface Reason {
    /**
     * A check of the testkit failed in the child. {@code message} is the check's full text (trusted code
     * wrote it, from the submission's values): students see it for tests on public inputs only.
     */
    record CheckFailed(String hintKey, String message) implements Reason {}

    /** A judged value was not the reference's; {@code detail} (values, index, tolerance) is for instructors. */
    record Mismatch(String what, String detail, String hintKey) implements Reason {}

    /** Something was thrown; only its class (when the JDK's or nngrade's) and where are known. */
    record Threw(Event.Thrown thrown) implements Reason {}

    /** The test's class could not start (a failing {@code @BeforeAll}, a class initialiser that throws). */
    record ContainerFailed(Event.Thrown thrown) implements Reason {}

    /** The run ended around the test, or no report came; {@code detail} is for instructors. */
    record Lost(String detail) implements Reason {}

    /** The submission's wall-clock budget (all its runs together) ran out before or while the test ran. */
    record OutOfTime(int budgetSeconds) implements Reason {}
  }
}
