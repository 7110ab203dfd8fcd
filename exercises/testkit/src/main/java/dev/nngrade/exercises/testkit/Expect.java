package dev.nngrade.exercises.testkit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions whose failure says what was computed, what was expected, where (the worst index),
 * with which tolerance, and a hint, in the student's language. Shapes are compared first.
 */
public final class Expect {
  private Expect() {}

  public static void close(String what, double expected, double actual, Tolerance tol, String hintKey) {
    if (!tol.accepts(expected, actual)) {
      fail(Text.get("mismatch.scalar", what, num(expected), num(actual), num(Math.abs(expected - actual)), tol.toString()), hintKey, expected, actual);
    }
  }

  public static void close(String what, double[] expected, double[] actual, Tolerance tol, String hintKey) {
    notNull(what, actual);
    shape(what, new int[] {expected.length}, new int[] {actual.length}, hintKey);
    int worst = worst(expected, actual, tol);
    if (worst >= 0) {
      fail(Text.get("mismatch.element", what, "[" + worst + "]", num(expected[worst]), num(actual[worst]), difference(expected[worst], actual[worst]), tol.toString()), hintKey, expected[worst], actual[worst]);
    }
  }

  public static void close(String what, double[][] expected, double[][] actual, Tolerance tol, String hintKey) {
    notNull(what, actual);
    shape(what, Shapes.of(expected), Shapes.of(actual), hintKey);
    double[] e = Shapes.flat(expected), a = Shapes.flat(actual);
    int worst = worst(e, a, tol);
    if (worst >= 0) {
      int cols = expected[0].length;
      String index = "[" + worst / cols + "][" + worst % cols + "]";
      fail(Text.get("mismatch.element", what, index, num(e[worst]), num(a[worst]), difference(e[worst], a[worst]), tol.toString()), hintKey, e[worst], a[worst]);
    }
  }

  public static void close(String what, double[][][][] expected, double[][][][] actual, Tolerance tol, String hintKey) {
    notNull(what, actual);
    shape(what, Shapes.of(expected), Shapes.of(actual), hintKey);
    double[] e = Shapes.flat(expected), a = Shapes.flat(actual);
    int worst = worst(e, a, tol);
    if (worst >= 0) {
      int[] s = Shapes.of(expected);
      int w = worst;
      int[] idx = new int[4];
      for (int d = 3; d >= 0; d--) {
        idx[d] = w % s[d];
        w /= s[d];
      }
      String index = Arrays.stream(idx).mapToObj(i -> "[" + i + "]").collect(Collectors.joining());
      fail(Text.get("mismatch.element", what, index, num(e[worst]), num(a[worst]), difference(e[worst], a[worst]), tol.toString()), hintKey, e[worst], a[worst]);
    }
  }

  /**
   * A gradient check: the analytic gradient (backprop) against the numerical one (central
   * differences). Besides failing like {@link #close}, it reports the maximum {@link RelativeError}
   * {@code |a − n| / max(|a|, |n|, 1e-300)} and where it occurs, passed or not, for the report's table.
   */
  public static void gradient(String parameter, double[] numeric, double[] analytic, Tolerance tol, String hintKey) {
    report(parameter, numeric, analytic, new int[] {numeric.length}, tol);
    close(parameter, numeric, analytic, tol, hintKey);
  }

  public static void gradient(String parameter, double[][] numeric, double[][] analytic, Tolerance tol, String hintKey) {
    if (analytic != null && Arrays.equals(Shapes.of(numeric), Shapes.of(analytic))) {
      report(parameter, Shapes.flat(numeric), Shapes.flat(analytic), Shapes.of(numeric), tol);
    }
    close(parameter, numeric, analytic, tol, hintKey);
  }

  public static void gradient(String parameter, double[][][][] numeric, double[][][][] analytic, Tolerance tol, String hintKey) {
    if (analytic != null && Arrays.equals(Shapes.of(numeric), Shapes.of(analytic))) {
      report(parameter, Shapes.flat(numeric), Shapes.flat(analytic), Shapes.of(numeric), tol);
    }
    close(parameter, numeric, analytic, tol, hintKey);
  }

  private static void report(String parameter, double[] numeric, double[] analytic, int[] shape, Tolerance tol) {
    if (analytic == null || analytic.length != numeric.length) {
      return; // the shape check of close() reports this
    }
    int worst = 0;
    double max = -1;
    boolean passed = true;
    for (int i = 0; i < numeric.length; i++) {
      double rel = RelativeError.of(analytic[i], numeric[i]);
      if (rel > max) {
        max = rel;
        worst = i;
      }
      passed &= tol.accepts(numeric[i], analytic[i]);
    }
    String at = index(worst, shape);
    double maxRelative = Math.max(0, max);
    boolean ok = passed;
    Checks.forCaller().ifPresent(s -> s.gradient(parameter, maxRelative, at, tol, ok));
  }

  private static String index(int flat, int[] shape) {
    int[] idx = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      idx[d] = flat % Math.max(1, shape[d]);
      flat /= Math.max(1, shape[d]);
    }
    return Arrays.stream(idx).mapToObj(i -> "[" + i + "]").collect(Collectors.joining());
  }

  public static void equal(String what, long expected, long actual, String hintKey) {
    if (expected != actual) {
      fail(Text.get("mismatch.exact", what, String.valueOf(expected), String.valueOf(actual)), hintKey, expected, actual);
    }
  }

  public static void equal(String what, int[] expected, int[] actual, String hintKey) {
    notNull(what, actual);
    if (!Arrays.equals(expected, actual)) {
      fail(Text.get("mismatch.exact", what, Arrays.toString(expected), Arrays.toString(actual)), hintKey, Arrays.toString(expected), Arrays.toString(actual));
    }
  }

  public static void holds(String what, boolean condition, String hintKey) {
    if (!condition) {
      fail(Text.get("violated", what), hintKey, null, null);
    }
  }

  /**
   * {@code call} must throw {@link IllegalArgumentException} (a caller's mistake such as wrong shapes).
   * {@code what} names the input that should have been rejected; {@code hintKey} names the rule it
   * breaks, in the student's words ("rows(X, W, b) must reject a b whose length is not the number of
   * columns of W"): students see the hint even where the test's inputs are hidden.
   */
  public static void rejects(String what, String hintKey, Runnable call) {
    java.util.Objects.requireNonNull(hintKey, "a rejection check needs the hint that says why the input is wrong");
    try {
      call.run();
    } catch (IllegalArgumentException expected) {
      return;
    } catch (RuntimeException other) {
      fail(Text.get("rejects.wrong-exception", what, other.getClass().getName()), hintKey, null, null, other);
    }
    fail(Text.get("rejects.nothing", what), hintKey, null, null);
  }

  /** A failure without a hint, recorded with the installed sink (see {@link Checks}) before it is thrown. */
  private static AssertionFailedError recorded(String message, Throwable cause) {
    Checks.forCaller().ifPresent(s -> s.failed(null, message));
    return new AssertionFailedError(message, cause);
  }

  private static void shape(String what, int[] expected, int[] actual, String hintKey) {
    if (!Arrays.equals(expected, actual)) {
      fail(Text.get("mismatch.shape", what, Arrays.toString(expected), Arrays.toString(actual)), hintKey, Arrays.toString(expected), Arrays.toString(actual));
    }
  }

  private static void notNull(String what, Object actual) {
    if (actual == null) {
      throw recorded(Text.get("null-result", what), null);
    }
  }

  /** The index of the element furthest outside the tolerance, or −1 when all are inside. */
  private static int worst(double[] expected, double[] actual, Tolerance tol) {
    int worst = -1;
    double worstExcess = 0;
    for (int i = 0; i < expected.length; i++) {
      if (!tol.accepts(expected[i], actual[i])) {
        double excess = Double.isFinite(actual[i]) ? Math.abs(expected[i] - actual[i]) - tol.allowed(expected[i]) : Double.POSITIVE_INFINITY;
        if (worst < 0 || excess > worstExcess) {
          worst = i;
          worstExcess = excess;
        }
      }
    }
    return worst;
  }

  private static void fail(String message, String hintKey, Object expected, Object actual) {
    fail(message, hintKey, expected, actual, null);
  }

  private static void fail(String message, String hintKey, Object expected, Object actual, Throwable cause) {
    if (actual instanceof Double a && !Double.isFinite(a) && expected instanceof Double e && Double.isFinite(e)) {
      message = message + " " + Text.get("non-finite");
    }
    String hint = hintKey == null ? "" : " " + Text.get("hint", Text.get(hintKey));
    String full = message + hint;
    Checks.forCaller().ifPresent(s -> s.failed(hintKey, full));
    throw new ExerciseAssertionError(message + hint, Text.get("hidden.failed") + hint, hintKey, hintKey == null ? null : Text.get(hintKey), expected, actual, cause);
  }

  /** The absolute difference, and the {@link RelativeError} when that means something (finite values, not both 0). */
  static String difference(double e, double a) {
    double abs = Math.abs(e - a);
    if (!Double.isFinite(abs) || (e == 0 && a == 0)) {
      return num(abs);
    }
    return num(abs) + ", " + Text.get("relative", String.format(java.util.Locale.ROOT, "%.3g", RelativeError.of(a, e)));
  }

  /** The shortest text that reads back as the same double, independent of locale. */
  public static String num(double v) {
    return Double.toString(v);
  }
}
