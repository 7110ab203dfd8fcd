package dev.nngrade.nn.init;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The one place random generators are made. nngrade has no global generator: every stochastic
 * component (initialisation, mini-batches, dropout) takes its own, made here from an explicit seed,
 * so a seed fixes a run bit for bit. The algorithm is named ({@value #ALGORITHM}), not left to the JDK's default.
 */
public final class Seeds {
  public static final String ALGORITHM = "L64X128MixRandom";

  private Seeds() {}

  public static RandomGenerator generator(long seed) {
    return RandomGeneratorFactory.of(ALGORITHM).create(seed);
  }

  /** A generator for a named sub-stream of a run, so that e.g. the batch order does not shift when the network changes. */
  public static RandomGenerator generator(long seed, String stream) {
    long h = seed;
    for (int i = 0; i < stream.length(); i++) {
      h = h * 1_000_003L + stream.charAt(i);
    }
    return generator(h ^ 0x9E3779B97F4A7C15L);
  }
}
