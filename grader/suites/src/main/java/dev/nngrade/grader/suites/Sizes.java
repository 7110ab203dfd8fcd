package dev.nngrade.grader.suites;

import dev.nngrade.exercises.testkit.Numeric;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Shapes for the hidden suites: pairwise different small primes, so that a transpose, a swapped
 * axis or a size taken from the wrong argument cannot coincide with the right answer, as it does on
 * square shapes.
 */
final class Sizes {
  static final int[] PRIMES = {2, 3, 5, 7, 11, 13};

  private Sizes() {}

  /** {@code count} different sizes drawn from {@code pool} (at least {@code count} different values). */
  static int[] distinct(RandomGenerator r, int count, int... pool) {
    return Arrays.copyOf(Numeric.shuffle(r, pool.clone()), count);
  }

  /** {@code count} different primes. */
  static int[] primes(RandomGenerator r, int count) {
    return distinct(r, count, PRIMES);
  }
}
