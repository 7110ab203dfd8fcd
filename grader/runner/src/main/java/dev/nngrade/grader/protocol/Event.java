package dev.nngrade.grader.protocol;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the child tells the host, one authenticated frame each, in the order it happened. Nothing
 * here is text a submission wrote: the runner fills every field from JUnit's events, the class of a
 * throwable (never its message), and the testkit's check records.
 */
public sealed interface Event {
  /** A test began. */
  record Started(String testId) implements Event {
    public Started {
      Objects.requireNonNull(testId);
    }
  }

  /** A test ended; {@code thrown} is null when it passed. */
  record Finished(String testId, Status status, long millis, Thrown thrown) implements Event {
    public Finished {
      Objects.requireNonNull(testId);
      Objects.requireNonNull(status);
    }
  }

  /** A class or engine did not run cleanly (a failing {@code @BeforeAll}, a class that cannot load). */
  record ContainerFailed(String containerId, Status status, Thrown thrown) implements Event {
    public ContainerFailed {
      Objects.requireNonNull(containerId);
      Objects.requireNonNull(status);
    }
  }

  /** What the testkit's checks report during a test, in the order they were made ({@code ordinal}). */
  sealed interface Check extends Event permits CheckFailed, Judged, GradientRow {
    String testId();

    int ordinal();
  }

  /**
   * A check of the testkit failed in the test ({@code ordinal}: its place among the test's checks).
   * {@code message}: the check's full text in the run's language (values, index, tolerance, hint),
   * which students see only for tests on public inputs; {@code hintKey}: the mistake it points at.
   */
  record CheckFailed(String testId, int ordinal, String hintKey, String message) implements Check {
    public CheckFailed {
      Objects.requireNonNull(testId);
    }
  }

  /**
   * A value the host compares with the reference's value at the same check of the same test (the
   * host ran the test with the reference on the same inputs; the child never sees that value). The
   * tolerance and hint are the suite's; the host takes them from the reference's run only.
   */
  record Judged(String testId, int ordinal, String what, Value value, double toleranceAbs, double toleranceRel, String hintKey) implements Check {
    public Judged {
      Objects.requireNonNull(testId);
      Objects.requireNonNull(what);
      Objects.requireNonNull(value);
    }
  }

  /** A gradient check the testkit made (analytic against numerical), passed or not. */
  record GradientRow(String testId, int ordinal, String parameter, double maxRelativeError, String worstIndex, double toleranceAbs, double toleranceRel,
      boolean passed) implements Check {
    public GradientRow {
      Objects.requireNonNull(testId);
      Objects.requireNonNull(parameter);
      Objects.requireNonNull(worstIndex);
    }
  }

  /** Predictions of rows {@code from .. from + rows − 1} of a leaderboard run, row after row. */
  record Rows(int from, int rows, int cols, double[] data) implements Event {
    public Rows {
      if (from < 0 || rows < 0 || cols < 0 || (long) rows * cols != data.length) {
        throw new IllegalArgumentException("rows " + from + "+" + rows + " x " + cols + " with " + data.length + " values");
      }
      data = data.clone();
    }

    @Override
    public double[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rows r && r.from == from && r.rows == rows && r.cols == cols && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, rows, cols) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Rows[from=" + from + ", rows=" + rows + ", cols=" + cols + "]";
    }
  }

  /** How long the model took to build and to predict {@code inputs} rows, measured by the runner. */
  record Timing(long constructNanos, long predictNanos, int inputs) implements Event {}

  /**
   * What the child's confinement holds, sent before any student class loads: no new privileges, not
   * dumpable, the Landlock ABI applied (0: none), the seccomp filter. {@code problem}: why it could not
   * confine itself as the host asked, in which case it runs nothing and halts.
   */
  record Confined(boolean noNewPrivs, boolean nonDumpable, int landlockAbi, boolean seccomp, String problem) implements Event {}

  /** The runner itself failed; what it knows of why. */
  record Crash(Thrown thrown) implements Event {}

  /** Every requested test has been reported; the child halts next. */
  record End() implements Event {}

  /** How a test or container ended, as JUnit said. */
  enum Status {
    PASSED,
    FAILED,
    ABORTED,
    SKIPPED
  }

  /**
   * What the runner learnt of a throwable without running code of the submission: its class name
   * when the class belongs to the JDK or to nngrade's own modules ({@code null} for a class the
   * submission defined, whose name it chose), and the first frame in the submission's package.
   */
  record Thrown(Origin origin, String type, String where) {
    public Thrown {
      Objects.requireNonNull(origin);
    }
  }

  /** Who defined the class of a throwable. */
  enum Origin {
    /** A class of the JDK ({@code java.*}, {@code jdk.*}). */
    JDK,
    /** The skeleton's "not implemented yet". */
    NOT_IMPLEMENTED,
    /** An assertion of the testkit, JUnit or opentest4j (the reason is in the check records). */
    ASSERTION,
    /** Another class of a trusted named module. */
    GRADER,
    /** A class of the submission: its name and message are never read. */
    SUBMISSION
  }
}
