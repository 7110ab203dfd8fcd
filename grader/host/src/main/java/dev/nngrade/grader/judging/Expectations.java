package dev.nngrade.grader.judging;

import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.grader.protocol.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reference did in each test: whether it passed, and the value of each judged check in
 * order, with the check's label, tolerance and hint as the suite wrote them.
 */
public record Expectations(Map<String, Test> tests) {
  public Expectations {
    tests = Map.copyOf(tests);
  }

  /** No judged checks at all (the public tests of {@code nngrade check}). */
  public static final Expectations NONE = new Expectations(Map.of());

  /** One judged check as the reference met it. */
  public record Expected(String what, Value value, Tolerance tolerance, String hintKey) {}

  /** One test: {@code problem} is null when the reference passed it. */
  public record Test(List<Expected> judged, String problem) {
    public Test {
      judged = List.copyOf(judged);
    }
  }

  public Optional<Test> of(String testId) {
    return Optional.ofNullable(tests.get(testId));
  }

  /** The tests the reference did not pass, with why: a suite or reference mistake, never a student's. */
  public Map<String, String> problems() {
    return tests.entrySet().stream().filter(e -> e.getValue().problem() != null)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().problem(), (a, b) -> a, java.util.TreeMap::new));
  }
}
