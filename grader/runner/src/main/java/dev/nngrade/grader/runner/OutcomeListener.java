package dev.nngrade.grader.runner;

import dev.nngrade.grader.protocol.Event;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Turns each JUnit event into an event frame the moment it happens, and tells the check sink which test runs. */
final class OutcomeListener implements TestExecutionListener {
  private final EventChannel channel;
  private final String implementations;
  private final RunnerChecks checks;
  private final Map<String, Long> startedAt = new ConcurrentHashMap<>();

  OutcomeListener(EventChannel channel, String implementations, RunnerChecks checks) {
    this.channel = channel;
    this.implementations = implementations;
    this.checks = checks;
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (id.isTest()) {
      startedAt.put(id.getUniqueId(), System.nanoTime());
      checks.begin(id.getUniqueId());
      channel.send(new Event.Started(id.getUniqueId()));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      channel.send(new Event.Finished(id.getUniqueId(), Event.Status.SKIPPED, 0, null));
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Event.Thrown thrown = Throwables.describe(result.getThrowable().orElse(null), implementations);
    Event.Status status = switch (result.getStatus()) {
      case SUCCESSFUL -> Event.Status.PASSED;
      case ABORTED -> Event.Status.ABORTED;
      case FAILED -> Event.Status.FAILED;
    };
    if (id.isTest()) {
      checks.end();
      Long t0 = startedAt.remove(id.getUniqueId());
      long ms = t0 == null ? 0 : (System.nanoTime() - t0) / 1_000_000;
      channel.send(new Event.Finished(id.getUniqueId(), status, ms, thrown));
    } else if (status != Event.Status.PASSED) {
      channel.send(new Event.ContainerFailed(id.getUniqueId(), status, thrown));
    }
  }
}
