package dev.nngrade.strength;

import dev.nngrade.exercises.testkit.Course;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The grader's judging, in one JVM. The host runs each hidden test with the reference solution and
 * compares the submission's judged values with the reference's, check by check; here a test of a
 * {@link JudgedLocally} class runs the same way: the reference's run of its class comes first (once
 * per JVM, {@link ReferenceRecordings}), then the test runs with the candidate (the implementations the
 * configuration names, e.g. the model solution), and passes only if JUnit passed it and {@link
 * LocalVerdicts} finds every judged value equal to the reference's.
 */
public final class LocalJudge implements InvocationInterceptor {
  /** Configuration parameter set on the reference's run: there the judge records instead of comparing. */
  static final String ROLE_PARAMETER = "nngrade.strength.role";
  static final String REFERENCE_ROLE = "reference";
  /** The package of the reference solution's {@code XImpl} classes (the host's {@code ReferenceRun.REFERENCE}). */
  public static final String REFERENCE_PACKAGE = "dev.nngrade.solution";

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
    judge(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context)
      throws Throwable {
    judge(invocation, context);
  }

  @Override
  public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext call, ExtensionContext context) throws Throwable {
    judge(invocation, context);
  }

  private static void judge(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
    RecordingSink sink = RecordingSink.get();
    if (context.getConfigurationParameter(ROLE_PARAMETER).filter(REFERENCE_ROLE::equals).isPresent()) {
      sink.begin();
      try {
        invocation.proceed();
      } finally {
        ReferenceRecordings.judged(context.getUniqueId(), sink.end());
      }
      return;
    }
    Class<?> testClass = topLevelClass(context);
    ReferenceRecordings.Test expected = ReferenceRecordings.of(testClass).test(context.getUniqueId());
    if (expected.problem() != null) {
      // the grader refuses to grade then (ReferenceRun.forClass): a suite's mistake, never the candidate's
      throw new AssertionFailedError("the reference solution does not pass this test, so it cannot judge anything: " + expected.problem());
    }
    List<JudgedValue> actual;
    String before = apply(conventionsIn(testClass));
    sink.begin();
    try {
      invocation.proceed();
    } finally {
      actual = sink.end();
      restore(before);
    }
    Optional<String> mismatch = LocalVerdicts.firstMismatch(actual, expected.judged());
    if (mismatch.isPresent()) {
      throw new AssertionFailedError("judged against the reference: " + mismatch.get());
    }
  }

  /**
   * The class the test belongs to at the top of the tree: a {@code @Nested} class (in a strength class
   * or a hidden suite it extends) runs as part of it, and the reference's run must select that class
   * for the unique ids to be the same.
   */
  static Class<?> topLevelClass(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getParent().isPresent() && c.getParent().get() != c.getRoot()) {
      c = c.getParent().get();
    }
    return c.getRequiredTestClass();
  }

  /** The conventions a strength class names, the textbook's when it names none. */
  static String conventionsIn(Class<?> testClass) {
    return AnnotationSupport.findAnnotation(testClass, JudgedLocally.class).map(JudgedLocally::conventions).orElse("");
  }

  /** Makes {@code inline} the conventions of {@link Course#current()}; returns what was there before, for {@link #restore}. */
  static String apply(String inline) {
    String before = System.getProperty(Course.INLINE_PROPERTY);
    if (inline.isBlank()) {
      System.clearProperty(Course.INLINE_PROPERTY);
    } else {
      System.setProperty(Course.INLINE_PROPERTY, inline);
    }
    return before;
  }

  static void restore(String before) {
    if (before == null) {
      System.clearProperty(Course.INLINE_PROPERTY);
    } else {
      System.setProperty(Course.INLINE_PROPERTY, before);
    }
  }
}
