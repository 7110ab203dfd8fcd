package dev.nngrade.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.Language;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the student kit's public tests through the JUnit launcher against the reference solution
 * (every test must pass, under every course convention) and against the untouched skeleton (every
 * test must fail), exercise by exercise.
 */
class PublicTestsVerdictTests {
  /** Passed and failed tests of one run, per exercise, with the first failure messages. */
  record Verdicts(Map<Exercise, int[]> counts, List<String> failures, Map<Exercise, List<String>> failedTests) {
    int passed(Exercise e) {
      return counts.getOrDefault(e, new int[2])[0];
    }

    int failed(Exercise e) {
      return counts.getOrDefault(e, new int[2])[1];
    }
  }

  static Verdicts run(String implementationPackage) {
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

  private static Exercise exerciseOf(Class<?> testClass) {
    ForExercise annotation = testClass.getAnnotation(ForExercise.class);
    if (annotation == null) {
      throw new AssertionError(testClass.getName() + " is a public test without @ForExercise (inherit it from its contract)");
    }
    return annotation.value();
  }

  @Test
  void referenceSolutionPassesEveryPublicTestOfEveryExercise() {
    Verdicts v = run("dev.nngrade.solution");
    assertTrue(v.failures().isEmpty(), () -> "the reference failed public tests:\n" + String.join("\n", v.failures()));
    for (Exercise e : Exercise.values()) {
      assertTrue(v.passed(e) >= 2, () -> e.id() + ": expected at least 2 public tests, found " + v.passed(e));
    }
  }

  @Test
  void untouchedSkeletonFailsEveryPublicTestOfEveryExercise() {
    Verdicts v = run(Exercise.STUDENT_PACKAGE);
    for (Exercise e : Exercise.values()) {
      assertEquals(0, v.passed(e), () -> e.id() + ": the skeleton passed " + v.passed(e) + " public tests");
      assertTrue(v.failed(e) >= 2, () -> e.id() + ": expected at least 2 failing public tests, found " + v.failed(e));
    }
    assertTrue(v.failures().stream().noneMatch(f -> f.startsWith("skipped")), () -> "skipped tests: " + v.failures());
  }

  @Test
  void referenceSolutionPassesUnderTheOtherConventionsAndInEnglish(@TempDir Path dir) throws IOException {
    Path course = dir.resolve("course.properties");
    Files.writeString(course, "language=en\nsquared-error=half-mean\nadam=epsilon-inside-root\ndropout=inverted\n");
    String before = System.getProperty(Language.COURSE_FILE_PROPERTY);
    System.setProperty(Language.COURSE_FILE_PROPERTY, course.toString());
    try {
      Verdicts v = run("dev.nngrade.solution");
      assertTrue(v.failures().isEmpty(), () -> "the reference failed under the other conventions:\n" + String.join("\n", v.failures()));
      Files.writeString(course, "squared-error=mean\n");
      Verdicts mean = run("dev.nngrade.solution");
      assertTrue(mean.failures().isEmpty(), () -> "the reference failed with squared-error=mean:\n" + String.join("\n", mean.failures()));
    } finally {
      if (before == null) {
        System.clearProperty(Language.COURSE_FILE_PROPERTY);
      } else {
        System.setProperty(Language.COURSE_FILE_PROPERTY, before);
      }
    }
  }
}
