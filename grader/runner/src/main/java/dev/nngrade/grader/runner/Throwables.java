package dev.nngrade.grader.runner;

import dev.nngrade.contract.NotImplemented;
import dev.nngrade.grader.protocol.Event;

/**
 * What the host learns about a throwable. Submission code can define throwables whose methods loop,
 * throw or read files, and trusted wrappers (opentest4j's MultipleFailuresError) ask the throwables
 * they hold for their messages; so no message is read at all. The class decides everything: a class
 * of a named module (the JDK, JUnit, opentest4j, nngrade) is trusted code, whose name is given and
 * whose stack trace (Throwable's own, not overridden there) is read for the first frame in the
 * submission's package; a class of the unnamed module is the submission's, and only that is said.
 */
final class Throwables {
  private Throwables() {}

  static Event.Thrown describe(Throwable t, String implementations) {
    if (t == null) {
      return null;
    }
    Class<?> type = t.getClass();
    Module m = type.getModule();
    if (!m.isNamed()) {
      return new Event.Thrown(Event.Origin.SUBMISSION, null, null);
    }
    String module = m.getName();
    Event.Origin origin = type == NotImplemented.class ? Event.Origin.NOT_IMPLEMENTED
        : module.startsWith("java.") || module.startsWith("jdk.") ? Event.Origin.JDK
        : module.equals("org.opentest4j") || module.startsWith("org.junit.") || module.equals("dev.nngrade.exercises.testkit") ? Event.Origin.ASSERTION
        : Event.Origin.GRADER;
    return new Event.Thrown(origin, type.getName(), where(t, implementations));
  }

  /** The first frame in the submission's package: where in the student's code it happened. */
  private static String where(Throwable t, String implementations) {
    String prefix = implementations.split(",")[0].trim() + ".";
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith(prefix)) {
        String s = e.getClassName().substring(prefix.length()) + "." + e.getMethodName() + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "");
        return s.length() <= 200 ? s : s.substring(0, 200);
      }
    }
    return null;
  }
}
