package dev.nngrade.contract.testsupport;

import java.lang.reflect.Method;

/**
 * Bytes this thread has allocated so far, from HotSpot's counter. Reached by reflection because the
 * module under test reads neither java.management nor jdk.management; a JVM without the counter fails
 * the tests that use it, saying so, rather than letting them pass unmeasured. Shared through this
 * module's test-jar with the bounds tests of the runner's and the grader's readers.
 */
public final class Allocations {
  private static final Object THREADS;
  private static final Method CURRENT;

  static {
    try {
      THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      CURRENT = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM has no com.sun.management.ThreadMXBean to count allocated bytes: run the tests on HotSpot", e);
    }
  }

  private Allocations() {}

  /** Something to measure; what it throws is ignored here (the caller runs it once more to see that). */
  public interface Action {
    void run() throws Exception;
  }

  /**
   * Bytes {@code a} allocates once warm. The first run of a path also loads and links classes (a
   * charset decoder, an exception type), which allocates on the heap once per JVM; when the first run
   * looks too costly, the second run, which repeats exactly the same work, is the measure.
   */
  public static long steady(Action a, long bound) {
    long first = measure(a);
    return first <= bound ? first : measure(a);
  }

  private static long measure(Action a) {
    long before = now();
    try {
      a.run();
    } catch (Exception ignored) {
      // the caller's own run says what was thrown
    }
    return now() - before;
  }

  public static long now() {
    try {
      long n = (long) CURRENT.invoke(THREADS);
      if (n < 0) {
        throw new IllegalStateException("thread allocation counting is off in this JVM (-XX:-ThreadAllocatedMemory?)");
      }
      return n;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
