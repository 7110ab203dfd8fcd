package dev.nngrade.strength;

import dev.nngrade.exercises.testkit.Checks;
import dev.nngrade.exercises.testkit.Observed;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.ArrayList;
import java.util.List;

/**
 * The check sink of a JVM that runs strength tests: it keeps the judged checks of the test the local
 * judge is running, in order. Like the grader's runner, it keeps nothing outside such a test (a judged
 * check in a {@code @BeforeAll} counts nowhere in the grader either). Installed once per JVM, trusting
 * every caller: no untrusted code runs here.
 */
final class RecordingSink implements Checks.Sink {
  private static RecordingSink installed;

  private List<JudgedValue> current;

  private RecordingSink() {}

  /** The JVM's sink, installed on first use. */
  static synchronized RecordingSink get() {
    if (installed == null) {
      RecordingSink sink = new RecordingSink();
      Checks.install(sink, Checks.Trust.ALL);
      installed = sink;
    }
    return installed;
  }

  /** Starts keeping the judged checks of one test run. */
  synchronized void begin() {
    if (current != null) {
      throw new IllegalStateException("a judged run began inside another: strength tests must not run in parallel");
    }
    current = new ArrayList<>();
  }

  /** The judged checks since {@link #begin}, in order; keeps nothing more until the next begin. */
  synchronized List<JudgedValue> end() {
    List<JudgedValue> made = current == null ? List.of() : List.copyOf(current);
    current = null;
    return made;
  }

  @Override
  public synchronized void judged(String what, Observed value, Tolerance tolerance, String hintKey) {
    if (current != null) {
      current.add(new JudgedValue(what, value, tolerance, hintKey));
    }
  }

  @Override
  public void failed(String hintKey, String message) {
    // a failing local check also throws, and that decides the test
  }

  @Override
  public void gradient(String parameter, double maxRelativeError, String worstIndex, Tolerance tolerance, boolean passed) {
    // the gradient table is a report of the grader's; nothing here compares it
  }
}
