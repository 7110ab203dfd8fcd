package dev.nngrade.exercises.testkit;

import java.util.Locale;

/** {@code |expected − actual| ≤ abs + rel·|expected|}. */
public record Tolerance(double abs, double rel) {
  public static Tolerance of(double abs, double rel) {
    return new Tolerance(abs, rel);
  }

  /** Absolute only. */
  public static Tolerance abs(double abs) {
    return new Tolerance(abs, 0);
  }

  public double allowed(double expected) {
    return abs + rel * Math.abs(expected);
  }

  public boolean accepts(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      return expected == actual;
    }
    return Math.abs(expected - actual) <= allowed(expected);
  }

  @Override
  public String toString() {
    return rel == 0 ? String.format(Locale.ROOT, "%.1e", abs) : String.format(Locale.ROOT, "%.1e + %.1e·|expected|", abs, rel);
  }
}
