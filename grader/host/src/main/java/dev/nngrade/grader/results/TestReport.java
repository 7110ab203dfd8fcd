package dev.nngrade.grader.results;

import dev.nngrade.grader.protocol.Event;
import java.util.List;
import java.util.Objects;

/**
 * One test as its child run reported it: JUnit's status, how long it took, the class of what was
 * thrown (never a message), and the checks it made, in order. The host decides the verdict from
 * this and, for judged checks, from the reference's values (see the judging package).
 */
public record TestReport(String id, Event.Status status, long millis, Event.Thrown thrown, List<Event.Check> checks) {
  public TestReport {
    Objects.requireNonNull(id);
    Objects.requireNonNull(status);
    checks = List.copyOf(checks);
  }
}
