package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.holds;

import java.util.function.Supplier;

/**
 * A call whose throwing is itself the symptom of one mistake (a width taken from the height runs off
 * the array, an epoch of N / batchSize iterations divides by zero when the batch is larger): the
 * exception becomes a failed check with the hint that names that mistake, instead of a bare "your code
 * threw".
 */
final class Attempt {
  private Attempt() {}

  static <T> T of(String what, Supplier<T> call, String hintKey) {
    try {
      return call.get();
    } catch (dev.nngrade.contract.NotImplemented e) {
      throw e; // a method not written yet says so itself
    } catch (RuntimeException e) {
      holds(what + " returns normally (it threw " + e.getClass().getName() + ")", false, hintKey);
      throw e; // not reached: the failed check throws
    }
  }
}
