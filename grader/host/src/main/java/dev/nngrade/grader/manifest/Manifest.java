package dev.nngrade.grader.manifest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.nngrade.contract.Exercise;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.suites.CanaryTests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The tests a submission is graded on, found by discovering the hidden suites in the host. The
 * child is told which unique ids to run and can only report on those; whatever of them it does not
 * report scores 0.
 */
public record Manifest(List<Entry> entries) {
  /** One hidden test; {@code exercise} is null for the canary and the control; {@code weight} from {@code @Points}, else 1. */
  public record Entry(String id, Exercise exercise, String className, String method, String displayName, double weight, boolean publicInputs) {
    public Entry(String id, Exercise exercise, String className, String method, String displayName) {
      this(id, exercise, className, method, displayName, 1, false);
    }

    public Entry(String id, Exercise exercise, String className, String method, String displayName, double weight) {
      this(id, exercise, className, method, displayName, weight, false);
    }

    public boolean canary() {
      return exercise == null && method.equals("canaryMustFail");
    }

    public boolean control() {
      return exercise == null && method.equals("controlMustPass");
    }
  }

  /** Which tests: the hidden suites (grading) or the kit's public tests ({@code nngrade check}). */
  public enum Kind {
    HIDDEN("dev.nngrade.grader.suites.", "HiddenTests"),
    PUBLIC("dev.nngrade.grader.suites.visible.", "PublicTests");

    final String prefix;
    final String suffix;

    Kind(String prefix, String suffix) {
      this.prefix = prefix;
      this.suffix = suffix;
    }
  }

  /** The suite class of every exercise ({@code <Contract>HiddenTests} or {@code <Contract>PublicTests}). */
  static List<Class<?>> suites(Kind kind) {
    List<Class<?>> classes = new ArrayList<>();
    for (String simple : List.of("AffineTransform", "ForwardPass", "Activations", "Linearity", "Softmax", "CrossEntropy", "SquaredError",
        "NumericalGradient", "GradientDescent", "RegressionBackprop", "RegressionTraining", "Graph", "AffineLayer", "ActivationLayers",
        "SoftmaxWithLoss", "TwoLayerNetwork", "MiniBatchTraining", "Optimizers", "Perceptron", "Convolution", "Dropout", "SoftmaxClassifier")) {
      try {
        classes.add(Class.forName(kind.prefix + simple + kind.suffix));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("suite " + kind.prefix + simple + kind.suffix + " is missing from the grader", e);
      }
    }
    return classes;
  }

  public static Manifest of(Assignment assignment) {
    return of(assignment, Kind.HIDDEN);
  }

  public static Manifest of(Assignment assignment, Kind kind) {
    List<Exercise> wanted = assignment.exercises().stream().map(Assignment.Item::exercise).toList();
    if (wanted.isEmpty()) {
      return new Manifest(List.of()); // a leaderboard-only assignment: nothing to test
    }
    List<Class<?>> selected = new ArrayList<>();
    for (Class<?> suite : suites(kind)) {
      ForExercise fe = suite.getAnnotation(ForExercise.class);
      if (fe != null && wanted.contains(fe.value())) {
        selected.add(suite);
      }
    }
    selected.add(CanaryTests.class);
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selected.stream().map(c -> selectClass(c)).toList())
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
        .build();
    LauncherConfig config = LauncherConfig.builder()
        .enableTestEngineAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .enableTestExecutionListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .addTestEngines(new JupiterTestEngine())
        .build();
    TestPlan plan = LauncherFactory.create(config).discover(request);
    List<Entry> entries = new ArrayList<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier id : plan.getDescendants(root)) {
        if (id.isTest() && id.getSource().orElse(null) instanceof MethodSource m) {
          Class<?> c = m.getJavaClass();
          ForExercise fe = c.getAnnotation(ForExercise.class);
          java.lang.reflect.Method method = m.getJavaMethod();
          Points p = method.getAnnotation(Points.class);
          boolean visible = method.isAnnotationPresent(PublicInputs.class);
          entries.add(new Entry(id.getUniqueId(), fe == null ? null : fe.value(), c.getSimpleName(), m.getMethodName(), id.getDisplayName(),
              p == null ? 1 : p.value(), visible));
        }
      }
    }
    // order: by exercise as the assignment lists them, then by class and method, canary last
    entries.sort(Comparator.comparingInt((Entry e) -> e.exercise() == null ? Integer.MAX_VALUE : wanted.indexOf(e.exercise()))
        .thenComparing(Entry::className).thenComparing(Entry::method).thenComparing(Entry::id));
    for (Exercise e : wanted) {
      if (entries.stream().noneMatch(x -> x.exercise() == e)) {
        throw new IllegalStateException("the hidden suites have no test for exercise " + e.id());
      }
    }
    return new Manifest(List.copyOf(entries));
  }

  public List<String> ids() {
    return entries.stream().map(Entry::id).toList();
  }
}
