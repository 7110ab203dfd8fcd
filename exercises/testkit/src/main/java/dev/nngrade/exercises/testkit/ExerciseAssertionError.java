package dev.nngrade.exercises.testkit;

import org.opentest4j.AssertionFailedError;

/**
 * A failed check of a contract test. Besides the full message (values, index, tolerance, hint) it
 * carries {@link #studentMessage()}, which leaves out the values: what a student may see of a
 * hidden test, whose inputs must stay hidden. The grader's runner reads it from this trusted class.
 */
public final class ExerciseAssertionError extends AssertionFailedError {
  private static final long serialVersionUID = 1L;
  private final String studentMessage;

  ExerciseAssertionError(String message, String studentMessage, Object expected, Object actual) {
    super(message, expected, actual);
    this.studentMessage = studentMessage;
  }

  /** The failure without the hidden test's values: a fixed sentence and the hint. */
  public String studentMessage() {
    return studentMessage;
  }
}
