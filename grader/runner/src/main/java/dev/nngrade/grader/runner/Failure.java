package dev.nngrade.grader.runner;

import static dev.nngrade.grader.protocol.Json.quote;

import dev.nngrade.grader.protocol.Wire;
import java.lang.reflect.Method;

/**
 * What the host learns about a failure. Student code can define exception classes whose {@code
 * getMessage}, {@code toString} or {@code getCause} loop, throw or read files, so methods are only
 * called on exceptions of trusted named modules (the JDK, JUnit, opentest4j, nngrade); of any other
 * only the class name is taken.
 */
record Failure(String exception, String message, String studentMessage, String where, String hintKey, String hint) {
  static final Failure NONE = new Failure(null, null, null, null);

  Failure(String exception, String message, String studentMessage, String where) {
    this(exception, message, studentMessage, where, null, null);
  }

  static Failure of(Throwable t, String implementationPackage) {
    if (t == null) {
      return NONE;
    }
    Class<?> type = t.getClass();
    if (!trusted(type)) {
      return new Failure(type.getName(), null, null, null);
    }
    String message = cap(t.getMessage());
    String student = trustedString(t, "studentMessage");
    Throwable cause = t.getCause();
    if (message == null && cause != null && cause != t) {
      // a trusted wrapper (ExceptionInInitializerError, InvocationTargetException): name what it wraps
      message = "caused by " + (trusted(cause.getClass()) ? cause.getClass().getName() + ": " + cap(cause.getMessage()) : cause.getClass().getName());
    }
    return new Failure(type.getName(), message, student, where(t, implementationPackage), trustedString(t, "hintKey"), trustedString(t, "hint"));
  }

  static boolean trusted(Class<?> type) {
    Module m = type.getModule();
    if (!m.isNamed()) {
      return false;
    }
    String n = m.getName();
    return n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("org.junit.") || n.equals("org.opentest4j") || n.startsWith("dev.nngrade.")
        || n.equals("org.mockito") || n.startsWith("net.bytebuddy");
  }

  /**
   * What the testkit's assertion errors add (a message without the hidden values, the hint's key and
   * text), read reflectively: the class is trusted, and the runner does not depend on the testkit.
   */
  private static String trustedString(Throwable t, String accessor) {
    try {
      Method m = t.getClass().getMethod(accessor);
      return m.getReturnType() == String.class ? cap((String) m.invoke(t)) : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The first frame in the submission's package: where in the student's code it happened. */
  private static String where(Throwable t, String implementationPackage) {
    String prefix = implementationPackage.split(",")[0].trim() + ".";
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith(prefix)) {
        return cap(e.getClassName().substring(prefix.length()) + "." + e.getMethodName() + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : ""));
      }
    }
    return null;
  }

  private static String cap(String s) {
    if (s == null) {
      return null;
    }
    return s.length() <= Wire.MAX_MESSAGE ? s : s.substring(0, Wire.MAX_MESSAGE) + "…";
  }

  String json() {
    StringBuilder b = new StringBuilder();
    if (exception != null) {
      b.append(",\"exception\":").append(quote(exception));
    }
    if (message != null) {
      b.append(",\"message\":").append(quote(message));
    }
    if (studentMessage != null) {
      b.append(",\"student\":").append(quote(studentMessage));
    }
    if (where != null) {
      b.append(",\"where\":").append(quote(where));
    }
    if (hintKey != null) {
      b.append(",\"hintKey\":").append(quote(hintKey));
    }
    if (hint != null) {
      b.append(",\"hint\":").append(quote(hint));
    }
    return b.toString();
  }
}
