package dev.nngrade.nn.testkit;

import dev.nngrade.nn.init.Seeds;
import java.util.random.RandomGenerator;

/** Seeded random inputs for tests; every test draws from its own seed, never from a global generator. */
public final class Fixtures {
  private Fixtures() {}

  public static RandomGenerator random(long seed) {
    return Seeds.generator(seed, "test");
  }

  public static double[] gaussian(RandomGenerator r, int n, double std) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = std * r.nextGaussian();
    }
    return v;
  }

  /** Gaussian values at least {@code margin} away from 0, where ReLU and max pooling have kinks. */
  public static double[] awayFromZero(RandomGenerator r, int n, double std, double margin) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      double x;
      do {
        x = std * r.nextGaussian();
      } while (Math.abs(x) < margin);
      v[i] = x;
    }
    return v;
  }

  /** Values whose pairwise differences are at least {@code margin}, so a max never sits on a tie. */
  public static double[] distinct(RandomGenerator r, int n, double margin) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (i - n / 2.0) * margin * 3;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
    for (int i = 0; i < n; i++) {
      v[i] += margin * r.nextDouble();
    }
    return v;
  }
}
