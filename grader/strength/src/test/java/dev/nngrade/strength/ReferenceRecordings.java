package dev.nngrade.strength;

import dev.nngrade.exercises.testkit.Implementations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What the reference solution did in each test of a strength class: the local form of the host's
 * reference run. The class runs once per JVM through a launcher of its own, with the reference's
 * package and the class's conventions; its judged checks are kept per test (unique ids are the same in
 * that run and in the candidate's). The reference is deterministic and never mutated, so one run
 * serves every mutant PIT runs in the JVM.
 */
final class ReferenceRecordings {
  /** One test of the reference's run: its judged checks in order, and why it did not pass ({@code null} when it did). */
  record Test(List<JudgedValue> judged, String problem) {}

  private static final Map<Class<?>, ReferenceRecordings> BY_CLASS = new HashMap<>();
  /**
   * The judged checks of the reference's run under way, per test; null when none is. Not guarded by
   * the class's lock, which {@link #of} holds during the run: a test body on another thread (a JUnit
   * timeout) must still reach it.
   */
  private static volatile Map<String, List<JudgedValue>> collecting;

  private final Map<String, Test> tests;
  private final List<String> containerProblems;

  private ReferenceRecordings(Map<String, Test> tests, List<String> containerProblems) {
    this.tests = tests;
    this.containerProblems = containerProblems;
  }

  /** The reference's run of {@code testClass}, made on first use. */
  static synchronized ReferenceRecordings of(Class<?> testClass) {
    ReferenceRecordings r = BY_CLASS.get(testClass);
    if (r == null) {
      r = run(testClass);
      BY_CLASS.put(testClass, r);
    }
    return r;
  }

  /** The reference's run of the test with this unique id. */
  Test test(String uniqueId) {
    Test t = tests.get(uniqueId);
    if (t != null) {
      return t;
    }
    return new Test(List.of(), "the reference's run did not report this test" + (containerProblems.isEmpty() ? "" : " (" + String.join("; ", containerProblems) + ")"));
  }

  /** Called by the judge in the reference's run: the judged checks of one test. */
  static void judged(String uniqueId, List<JudgedValue> checks) {
    Map<String, List<JudgedValue>> into = collecting;
    if (into == null) {
      throw new IllegalStateException("a reference-role run outside ReferenceRecordings: " + uniqueId);
    }
    into.put(uniqueId, checks);
  }

  private static ReferenceRecordings run(Class<?> testClass) {
    Map<String, List<JudgedValue>> judged = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, String> problems = new HashMap<>();
    List<String> reported = new ArrayList<>();
    List<String> containerProblems = new ArrayList<>();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(testClass))
        .configurationParameter(Implementations.PACKAGE_PARAMETER, LocalJudge.REFERENCE_PACKAGE)
        .configurationParameter(LocalJudge.ROLE_PARAMETER, LocalJudge.REFERENCE_ROLE)
        .build();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
          reported.add(id.getUniqueId());
          problems.put(id.getUniqueId(), "skipped: " + reason);
        } else {
          containerProblems.add(id.getDisplayName() + " skipped: " + reason);
        }
      }

      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          String why = result.getStatus().name().toLowerCase(java.util.Locale.ROOT) + result.getThrowable().map(t -> ": " + t).orElse("");
          if (id.isTest()) {
            problems.put(id.getUniqueId(), why);
          } else {
            containerProblems.add(id.getDisplayName() + " " + why);
          }
        }
        if (id.isTest()) {
          reported.add(id.getUniqueId());
        }
      }
    };
    String before = LocalJudge.apply(LocalJudge.conventionsIn(testClass));
    collecting = judged;
    try {
      LauncherFactory.create().execute(request, listener);
    } finally {
      collecting = null;
      LocalJudge.restore(before);
    }
    Map<String, Test> tests = new HashMap<>();
    for (String id : reported) {
      tests.put(id, new Test(judged.getOrDefault(id, List.of()), problems.get(id)));
    }
    return new ReferenceRecordings(tests, containerProblems);
  }
}
