package dev.nngrade.grader.runner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Turns each JUnit event into an event line the moment it happens. */
final class OutcomeListener implements TestExecutionListener {
  private final EventChannel channel;
  private final String implementationPackage;
  private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
  private final Map<String, Integer> reports = new ConcurrentHashMap<>();
  /** Gradient-check rows per test at most (a test may check many parameters over several trials). */
  static final int MAX_REPORTS = 24;

  OutcomeListener(EventChannel channel, String implementationPackage) {
    this.channel = channel;
    this.implementationPackage = implementationPackage;
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (id.isTest()) {
      startedAt.put(id.getUniqueId(), System.nanoTime());
      channel.started(id.getUniqueId());
    }
  }

  /** Gradient-check rows the testkit publishes; other report entries are not forwarded. */
  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    String value = entry.getKeyValuePairs().get("nngrade.gradient-check");
    if (value != null && id.isTest() && reports.merge(id.getUniqueId(), 1, Integer::sum) <= MAX_REPORTS) {
      channel.report(id.getUniqueId(), value.length() <= 300 ? value : value.substring(0, 300));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      channel.finished(id.getUniqueId(), "SKIPPED", 0, Failure.NONE);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Failure failure = Failure.of(result.getThrowable().orElse(null), implementationPackage);
    String status = switch (result.getStatus()) {
      case SUCCESSFUL -> "PASSED";
      case ABORTED -> "ABORTED";
      case FAILED -> "FAILED";
    };
    if (id.isTest()) {
      Long t0 = startedAt.remove(id.getUniqueId());
      long ms = t0 == null ? 0 : (System.nanoTime() - t0) / 1_000_000;
      channel.finished(id.getUniqueId(), status, ms, failure);
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      channel.container(id.getUniqueId(), status, failure);
    }
  }
}
