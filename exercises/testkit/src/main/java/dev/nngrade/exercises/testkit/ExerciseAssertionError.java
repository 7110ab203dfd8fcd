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
  private final String hintKey;
  private final String hint;

  ExerciseAssertionError(String message, String studentMessage, String hintKey, String hint, Object expected, Object actual) {
    this(message, studentMessage, hintKey, hint, expected, actual, null);
  }

  /** {@code cause}: what the submission threw instead of what the check wanted, or null. */
  ExerciseAssertionError(String message, String studentMessage, String hintKey, String hint, Object expected, Object actual, Throwable cause) {
    super(message, expected, actual, cause);
    this.studentMessage = studentMessage;
    this.hintKey = hintKey;
    this.hint = hint;
  }

  /** Which classic mistake the check points at ({@code hint.softmax.max}, …), or null: a class summary counts these. */
  public String hintKey() {
    return hintKey;
  }

  /** The hint's text in the student's language, or null. */
  public String hint() {
    return hint;
  }

  /** The failure without the hidden test's values: a fixed sentence and the hint. */
  public String studentMessage() {
    return studentMessage;
  }
}
