package dev.nngrade.solution.verdicts;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.nngrade.contract.Exercise;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs the student kit's public tests through the JUnit launcher against a chosen implementation package. */
public final class PublicSuite {
  private PublicSuite() {}

  /** Passed and failed tests of one run, per exercise, with the first failure messages. */
  public record Verdicts(Map<Exercise, int[]> counts, List<String> failures, Map<Exercise, List<String>> failedTests) {
    public int passed(Exercise e) {
      return counts.getOrDefault(e, new int[2])[0];
    }

    public int failed(Exercise e) {
      return counts.getOrDefault(e, new int[2])[1];
    }
  }

  public static Verdicts run(String implementationPackage) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectPackage(Exercise.STUDENT_PACKAGE))
        .configurationParameter(Implementations.PACKAGE_PARAMETER, implementationPackage)
        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
        .build();
    Map<Exercise, int[]> counts = new EnumMap<>(Exercise.class);
    List<String> failures = new ArrayList<>();
    Map<Exercise, List<String>> failedTests = new EnumMap<>(Exercise.class);
    Map<String, Boolean> seen = new ConcurrentHashMap<>();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest() || !(id.getSource().orElse(null) instanceof MethodSource source)) {
          return;
        }
        seen.put(id.getUniqueId(), true);
        Exercise e = exerciseOf(source.getJavaClass());
        int[] c = counts.computeIfAbsent(e, k -> new int[2]);
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
          c[0]++;
        } else {
          c[1]++;
          failedTests.computeIfAbsent(e, k -> new ArrayList<>()).add(source.getJavaClass().getSimpleName() + "." + source.getMethodName());
          failures.add(source.getClassName() + "." + source.getMethodName() + ": " + result.getThrowable().map(Throwable::toString).orElse(result.getStatus().toString()));
        }
      }

      @Override
      public void executionSkipped(TestIdentifier id, String reason) {
        failures.add("skipped: " + id.getDisplayName() + " (" + reason + ")");
      }
    };
    LauncherConfig config = LauncherConfig.builder().enableTestEngineAutoRegistration(true).enableTestExecutionListenerAutoRegistration(false).build();
    LauncherFactory.create(config).execute(request, listener);
    return new Verdicts(counts, failures, failedTests);
  }

  static Exercise exerciseOf(Class<?> testClass) {
    ForExercise annotation = testClass.getAnnotation(ForExercise.class);
    if (annotation == null) {
      throw new AssertionError(testClass.getName() + " is a public test without @ForExercise (inherit it from its contract)");
    }
    return annotation.value();
  }

}
