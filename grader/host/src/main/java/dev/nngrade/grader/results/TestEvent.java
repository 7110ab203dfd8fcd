package dev.nngrade.grader.results;

import java.util.List;

/**
 * A finished test as the child reported it (fields that only trusted exception classes can fill may
 * be null): the hint names the classic mistake a failed check points at; the gradient checks are the
 * rows the testkit reported (tab-separated: parameter, max relative error, tolerance, worst index, passed).
 */
public record TestEvent(String id, Outcome outcome, long millis, String exception, String message, String studentMessage, String where, String hintKey,
    String hint, List<String> gradientChecks) {
  public TestEvent(String id, Outcome outcome, long millis, String exception, String message, String studentMessage, String where) {
    this(id, outcome, millis, exception, message, studentMessage, where, null, null, List.of());
  }

  public TestEvent {
    gradientChecks = gradientChecks == null ? List.of() : List.copyOf(gradientChecks);
  }
}
