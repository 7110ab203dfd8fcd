package dev.nngrade.exercises.testkit;

import java.util.Optional;

/**
 * Where the testkit records what its checks found, besides the assertion error it throws: the
 * grader's runner installs a sink before any student class loads, so a check's failure, its hint and
 * its values reach the grader even when submission code catches the error, and nothing about a
 * failure is read back from a throwable. Without a sink (the student kit) checks only throw.
 *
 * <p>Only checks called from trusted code count: in the grader's child JVM the suites and the
 * testkit are named modules and the submission is on the class path, so a check that submission
 * code calls itself (the testkit's classes are public) still fails its caller but is not recorded.
 */
public final class Checks {
  /** Receives the checks of the test that is running. Implementations are the grader's. */
  public interface Sink {
    /** A check failed; {@code message}: its full text (values, index, tolerance, hint) in the run's language. */
    void failed(String hintKey, String message);

    /** A value to be compared with the reference's at the same check (see {@link Judge}). */
    void judged(String what, Observed value, Tolerance tolerance, String hintKey);

    /** A gradient check (analytic against numerical), passed or not. */
    void gradient(String parameter, double maxRelativeError, String worstIndex, Tolerance tolerance, boolean passed);
  }

  /** Which callers a sink hears. */
  public enum Trust {
    /** Only checks called from named modules (the grader's child JVM, where submissions are unnamed). */
    NAMED_MODULES,
    /** Every caller (a JVM that runs no submission code, such as the host's reference run). */
    ALL
  }

  private static volatile Sink sink;
  private static volatile Trust trust = Trust.NAMED_MODULES;

  private Checks() {}

  /** Installs the one sink of this JVM; a second call fails, so nothing installed later can replace it. */
  public static synchronized void install(Sink s, Trust t) {
    if (sink != null) {
      throw new IllegalStateException("a check sink is already installed");
    }
    trust = t;
    sink = s;
  }

  /** The sink, when one is installed and the check was called from code it trusts. */
  static Optional<Sink> forCaller() {
    Sink s = sink;
    if (s == null) {
      return Optional.empty();
    }
    if (trust == Trust.ALL) {
      return Optional.of(s);
    }
    Module testkit = Checks.class.getModule();
    boolean trusted = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass).filter(c -> c.getModule() != testkit).findFirst())
        .map(c -> c.getModule().isNamed()).orElse(false);
    return trusted ? Optional.of(s) : Optional.empty();
  }

  /** Whether a sink is installed (judged checks need one). */
  static boolean installed() {
    return sink != null;
  }
}
