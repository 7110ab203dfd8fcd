package dev.nngrade.grader.suites;

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
    int[] p = pool.clone();
    for (int i = p.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return java.util.Arrays.copyOf(p, count);
  }

  /** {@code count} different primes. */
  static int[] primes(RandomGenerator r, int count) {
    return distinct(r, count, PRIMES);
  }
}
