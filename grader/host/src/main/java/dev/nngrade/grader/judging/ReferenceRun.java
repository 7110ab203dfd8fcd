package dev.nngrade.grader.judging;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.nngrade.contract.Language;
import dev.nngrade.exercises.testkit.Checks;
import dev.nngrade.exercises.testkit.Observed;
import dev.nngrade.exercises.testkit.RunContext;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.grader.scoring.Manifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the hidden tests with the reference solution in this JVM (the host, which runs no submission
 * code) on the inputs each test's seed gives, and records what the judged checks saw: the expected
 * values a child's values are compared with. Once per class; the reference is deterministic, so the
 * same seeds give the same expectations on every run.
 */
public final class ReferenceRun {
  /** The package of the reference solution's {@code XImpl} classes. */
  public static final String REFERENCE = "dev.nngrade.solution";
  /** Per test: the reference is trusted and quick, this only stops a suite that hangs. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private ReferenceRun() {}

  /**
   * The expectations of a class, refusing to go on when the reference does not pass every hidden
   * test under this assignment's conventions: that is a mistake in the suites or the assignment, and
   * no student may be charged for it.
   */
  public static Expectations forClass(Manifest manifest, dev.nngrade.grader.assignment.Assignment assignment, MasterSeed seeds) {
    Expectations e = record(manifest, assignment.conventionsInline(), Language.parse(assignment.language()), seeds);
    if (!e.problems().isEmpty()) {
      StringBuilder b = new StringBuilder("the reference solution does not pass " + e.problems().size() + " hidden test(s) under assignment "
          + assignment.id() + ", so nothing was graded (check the suites and the conventions with nngrade validate-suite):");
      e.problems().entrySet().stream().limit(5).forEach(p -> b.append("\n  ").append(p.getKey()).append(": ").append(p.getValue()));
      throw new IllegalStateException(b.toString());
    }
    return e;
  }

  /** The manifest's tests (canary and control aside) with the reference, the course's conventions and each test's seed. */
  public static Expectations record(Manifest manifest, String conventions, Language language, MasterSeed seeds) {
    List<Manifest.Entry> tests = manifest.entries().stream().filter(e -> e.exercise() != null).toList();
    if (tests.isEmpty()) {
      return Expectations.NONE;
    }
    synchronized (HostChecks.INSTANCE) {
      Map<String, String> saved = new HashMap<>();
      for (String p : List.of(Language.PROPERTY, "nngrade.implementations", "nngrade.course.inline")) {
        saved.put(p, System.getProperty(p));
      }
      System.setProperty(Language.PROPERTY, language.name().toLowerCase(Locale.ROOT));
      System.setProperty("nngrade.implementations", REFERENCE);
      System.setProperty("nngrade.course.inline", conventions);
      try {
        HostChecks.INSTANCE.installOnce();
        Recorder recorder = new Recorder();
        HostChecks.INSTANCE.recorder = recorder;
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
            .selectors(tests.stream().map(t -> selectUniqueId(t.id())).toList())
            .enableImplicitConfigurationParameters(false)
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
            .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
            .configurationParameter("junit.jupiter.execution.timeout.default", TIMEOUT.toSeconds() + " s")
            .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
            .configurationParameter("nngrade.implementations", REFERENCE);
        for (Manifest.Entry t : tests) {
          request.configurationParameter(RunContext.SEED_PREFIX + t.id(), Long.toString(seeds.forTest(t.id())));
        }
        LauncherConfig config = LauncherConfig.builder()
            .enableTestEngineAutoRegistration(false)
            .enableLauncherSessionListenerAutoRegistration(false)
            .enableLauncherDiscoveryListenerAutoRegistration(false)
            .enableTestExecutionListenerAutoRegistration(false)
            .enablePostDiscoveryFilterAutoRegistration(false)
            .addTestEngines(new JupiterTestEngine())
            .addTestExecutionListeners(recorder)
            .build();
        LauncherFactory.create(config).execute(request.build());
        Map<String, Expectations.Test> out = new LinkedHashMap<>();
        for (Manifest.Entry t : tests) {
          Expectations.Test e = recorder.done.get(t.id());
          out.put(t.id(), e != null ? e : new Expectations.Test(List.of(), "the reference's run did not report this test"));
        }
        return new Expectations(out);
      } finally {
        HostChecks.INSTANCE.recorder = null;
        saved.forEach((k, v) -> {
          if (v == null) {
            System.clearProperty(k);
          } else {
            System.setProperty(k, v);
          }
        });
      }
    }
  }

  /** Follows the tests and keeps each one's judged checks and, when it fails, the first reason. */
  private static final class Recorder implements TestExecutionListener {
    final Map<String, Expectations.Test> done = new HashMap<>();
    volatile String current;
    List<Expectations.Expected> judged = new ArrayList<>();
    String firstFailure;

    @Override
    public void executionStarted(TestIdentifier id) {
      if (id.isTest()) {
        synchronized (this) {
          judged = new ArrayList<>();
          firstFailure = null;
          current = id.getUniqueId();
        }
      }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (!id.isTest()) {
        return;
      }
      synchronized (this) {
        String problem = null;
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          // trusted code (the reference and the suites): its messages may be read
          problem = "the reference " + result.getStatus().name().toLowerCase(Locale.ROOT) + " this test: "
              + (firstFailure != null ? firstFailure : result.getThrowable().map(String::valueOf).orElse("no reason given"));
        }
        done.put(id.getUniqueId(), new Expectations.Test(judged, problem));
        current = null;
      }
    }

    synchronized void judged(String what, Observed value, Tolerance tolerance, String hintKey) {
      if (current != null) {
        judged.add(new Expectations.Expected(what, value, tolerance, hintKey));
      }
    }

    synchronized void failed(String message) {
      if (current != null && firstFailure == null) {
        firstFailure = message;
      }
    }
  }

  /**
   * The testkit's one sink in the host JVM, forwarding to the reference run in progress (if any).
   * Installed on first use, trusting every caller: no submission code runs in the host.
   */
  static final class HostChecks implements Checks.Sink {
    static final HostChecks INSTANCE = new HostChecks();
    private boolean installed;
    volatile Recorder recorder;

    synchronized void installOnce() {
      if (!installed) {
        Checks.install(this, Checks.Trust.ALL);
        installed = true;
      }
    }

    @Override
    public void failed(String hintKey, String message) {
      Recorder r = recorder;
      if (r != null) {
        r.failed(message);
      }
    }

    @Override
    public void judged(String what, Observed value, Tolerance tolerance, String hintKey) {
      Recorder r = recorder;
      if (r != null) {
        r.judged(what, value, tolerance, hintKey);
      }
    }

    @Override
    public void gradient(String parameter, double maxRelativeError, String worstIndex, Tolerance tolerance, boolean passed) {
      // the reference's own gradient checks are not compared with anything
    }
  }
}
