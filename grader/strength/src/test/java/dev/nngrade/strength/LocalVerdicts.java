package dev.nngrade.strength;

import dev.nngrade.exercises.testkit.Observed;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host's rules for a test that passed in the child (grader/host {@code judging.Verdicts}), applied
 * here: every judged value equals the reference's at the same check, in order, with the same label and
 * shape and every element within the tolerance the reference's run recorded; the test must reach every
 * check the reference's run reached, and no other. A test that threw has failed before these rules.
 */
final class LocalVerdicts {
  private LocalVerdicts() {}

  /** Why the candidate's judged checks do not match the reference's, the first difference in order; empty when they match. */
  static Optional<String> firstMismatch(List<JudgedValue> actual, List<JudgedValue> expected) {
    for (int i = 0; i < actual.size(); i++) {
      Optional<String> m = compare(actual.get(i), i < expected.size() ? expected.get(i) : null);
      if (m.isPresent()) {
        return m;
      }
    }
    if (actual.size() < expected.size()) {
      return Optional.of(expected.get(actual.size()).what() + ": the test passed without reaching this check (the reference's run made "
          + expected.size() + " judged checks, this run " + actual.size() + ")");
    }
    return Optional.empty();
  }

  /** Empty when {@code actual} is the reference's value within the recorded tolerance. */
  static Optional<String> compare(JudgedValue actual, JudgedValue expected) {
    if (expected == null) {
      return Optional.of(actual.what() + ": a judged check the reference's run did not make");
    }
    if (!expected.what().equals(actual.what())) {
      return Optional.of(expected.what() + ": the test took another path than the reference's run (its check here was '" + actual.what() + "')");
    }
    Observed v = actual.value(), e = expected.value();
    if (v.kind() != Observed.Kind.ARRAY || e.kind() != Observed.Kind.ARRAY) {
      // the reference returning null where the candidate does too is agreement, as in the host
      return v.kind() == e.kind() ? Optional.empty() : Optional.of(expected.what() + ": " + describe(v.kind(), e.kind()));
    }
    if (!Arrays.equals(v.shape(), e.shape())) {
      return Optional.of(expected.what() + ": shape " + Arrays.toString(v.shape()) + ", expected " + Arrays.toString(e.shape()));
    }
    double[] want = e.data(), got = v.data();
    Tolerance tol = expected.tolerance();
    int worst = -1;
    double worstExcess = 0;
    for (int i = 0; i < want.length; i++) {
      if (!tol.accepts(want[i], got[i])) {
        double excess = Double.isFinite(got[i]) ? Math.abs(want[i] - got[i]) - tol.allowed(want[i]) : Double.POSITIVE_INFINITY;
        if (worst < 0 || excess > worstExcess) {
          worst = i;
          worstExcess = excess;
        }
      }
    }
    if (worst < 0) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "%s%s: expected %s, got %s (tolerance %s)", expected.what(), index(worst, e.shape()),
        Double.toString(want[worst]), Double.toString(got[worst]), tol));
  }

  private static String describe(Observed.Kind actual, Observed.Kind expected) {
    return switch (actual) {
      case NULL -> "null instead of a result";
      case RAGGED -> "an array whose rows differ in length";
      case ARRAY -> "a value where the reference returned " + expected.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String index(int flat, int[] shape) {
    StringBuilder b = new StringBuilder();
    int[] idx = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      idx[d] = flat % Math.max(1, shape[d]);
      flat /= Math.max(1, shape[d]);
    }
    for (int i : idx) {
      b.append('[').append(i).append(']');
    }
    return b.toString();
  }
}
