package dev.nngrade.grader.runner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Turns each JUnit event into an event line the moment it happens. */
final class OutcomeListener implements TestExecutionListener {
  private final EventChannel channel;
  private final String implementationPackage;
  private final Map<String, Long> startedAt = new ConcurrentHashMap<>();

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
