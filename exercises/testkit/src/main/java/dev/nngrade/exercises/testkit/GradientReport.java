package dev.nngrade.exercises.testkit;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Publishes one JUnit report entry per gradient check ({@value #KEY}: parameter, maximum relative
 * error, tolerance, worst index, passed), so that a report can show a table of every check of a
 * test, passed or not. The grader's runner forwards these entries; outside a test nothing is sent.
 * Tests run one at a time (the grader turns parallel execution off), and with a per-test timeout
 * the test body runs on another thread than the callbacks, so the context is a plain static field.
 */
public final class GradientReport implements BeforeEachCallback, AfterEachCallback {
  /** The report entry key the grader's runner looks for. */
  public static final String KEY = "nngrade.gradient-check";

  private static volatile ExtensionContext current;

  @Override
  public void beforeEach(ExtensionContext context) {
    current = context;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    current = null;
  }

  /** Tab-separated: parameter, max relative error, tolerance, worst index, passed. */
  static void publish(String parameter, double maxRelative, String tolerance, String worstIndex, boolean passed) {
    ExtensionContext c = current;
    if (c != null) {
      c.publishReportEntry(KEY, String.join("\t", parameter.replace('\t', ' '), String.format(Locale.ROOT, "%.3e", maxRelative), tolerance,
          worstIndex, Boolean.toString(passed)));
    }
  }
}
