package dev.nngrade.grader.judging;

import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Value;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.TestReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides a test from the child's report and the reference's expectations. A test passes when JUnit
 * passed it in the child and every judged value equals the reference's, within the tolerance the
 * suite gave, check by check in order. When it fails, the reason is the first failing check, local or
 * judged, in the order the test made them; else what was thrown.
 */
public final class Verdicts {
  private static final String TIMEOUT = "java.util.concurrent.TimeoutException";

  private Verdicts() {}

  public static Verdict decide(TestReport report, Optional<Expectations.Test> expected) {
    List<Event.GradientRow> gradients = report.checks().stream().filter(Event.GradientRow.class::isInstance).map(Event.GradientRow.class::cast).toList();
    List<Expectations.Expected> want = expected.map(Expectations.Test::judged).orElse(List.of());
    int judgedSoFar = 0;
    Verdict.Reason first = null;
    for (Event.Check c : report.checks()) {
      if (c instanceof Event.CheckFailed f) {
        first = new Verdict.Reason.CheckFailed(f.hintKey(), f.message());
        break;
      }
      if (c instanceof Event.Judged j) {
        Optional<Verdict.Reason> m = compare(j, judgedSoFar < want.size() ? want.get(judgedSoFar) : null);
        judgedSoFar++;
        if (m.isPresent()) {
          first = m.get();
          break;
        }
      }
    }
    if (first == null && report.status() == Event.Status.PASSED && judgedSoFar < want.size()) {
      Expectations.Expected missing = want.get(judgedSoFar);
      first = new Verdict.Reason.Mismatch(missing.what(), "the test passed in the child without reaching this check (the reference's run made "
          + want.size() + " judged checks, the child " + judgedSoFar + ")", missing.hintKey());
    }
    Outcome outcome;
    if (report.status() == Event.Status.PASSED) {
      outcome = first == null ? Outcome.PASSED : Outcome.FAILED;
    } else {
      outcome = switch (report.status()) {
        case ABORTED -> Outcome.ABORTED;
        case SKIPPED -> Outcome.SKIPPED;
        default -> report.thrown() != null && TIMEOUT.equals(report.thrown().type()) ? Outcome.TIMED_OUT : Outcome.FAILED;
      };
      if (first == null || outcome == Outcome.TIMED_OUT) {
        first = new Verdict.Reason.Threw(report.thrown());
      }
    }
    return new Verdict(report.id(), outcome, report.millis(), outcome == Outcome.PASSED ? null : first, gradients);
  }

  /** Empty when the child's value is the reference's within the tolerance. */
  static Optional<Verdict.Reason> compare(Event.Judged actual, Expectations.Expected expected) {
    if (expected == null) {
      return Optional.of(new Verdict.Reason.Mismatch(actual.what(), "a judged check the reference's run did not make", null));
    }
    String hint = expected.hintKey();
    if (!expected.what().equals(actual.what())) {
      return Optional.of(new Verdict.Reason.Mismatch(expected.what(), "the test took another path than the reference's run (its check here was '"
          + actual.what() + "')", hint));
    }
    Value v = actual.value();
    Value e = expected.value();
    if (v.kind() != Value.Kind.ARRAY || e.kind() != Value.Kind.ARRAY) {
      // the reference returning null where the submission does too is agreement, however unlikely
      return v.kind() == e.kind() ? Optional.empty()
          : Optional.of(new Verdict.Reason.Mismatch(expected.what(), describe(v.kind(), e.kind()), hint));
    }
    int[] shape = v.shape();
    if (!Arrays.equals(shape, e.shape())) {
      return Optional.of(new Verdict.Reason.Mismatch(expected.what(), "shape " + Arrays.toString(shape) + ", expected " + Arrays.toString(e.shape()), hint));
    }
    double[] want = e.data();
    Tolerance tol = expected.tolerance();
    int worst = -1;
    double worstExcess = 0;
    for (int i = 0; i < want.length; i++) {
      double a = v.at(i);
      if (!tol.accepts(want[i], a)) {
        double excess = Double.isFinite(a) ? Math.abs(want[i] - a) - tol.allowed(want[i]) : Double.POSITIVE_INFINITY;
        if (worst < 0 || excess > worstExcess) {
          worst = i;
          worstExcess = excess;
        }
      }
    }
    if (worst < 0) {
      return Optional.empty();
    }
    return Optional.of(new Verdict.Reason.Mismatch(expected.what(), String.format(Locale.ROOT, "%s%s: expected %s, got %s (tolerance %s)", expected.what(),
        index(worst, shape), Double.toString(want[worst]), Double.toString(v.at(worst)), tol), hint));
  }

  private static String describe(Value.Kind actual, Value.Kind expected) {
    return switch (actual) {
      case NULL -> "null instead of a result";
      case RAGGED -> "an array whose rows differ in length (or too large to compare)";
      case ARRAY -> "a value where the reference returned " + expected.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String index(int flat, int[] shape) {
    if (shape.length == 0) {
      return "";
    }
    int[] idx = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      idx[d] = flat % Math.max(1, shape[d]);
      flat /= Math.max(1, shape[d]);
    }
    StringBuilder b = new StringBuilder();
    for (int i : idx) {
      b.append('[').append(i).append(']');
    }
    return b.toString();
  }
}
