package dev.nngrade.grader.suites;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.TwoLayerNetworkContract;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference (judged in the host). */
public class TwoLayerNetworkHiddenTests extends TwoLayerNetworkContract {
  private static final List<String> KEYS = List.of("W1", "b1", "W2", "b2");

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  @Test
  void gradientAgreesWithTheReference(Implementations impl) {
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int in = 3 + r.nextInt(6), hidden = 2 + r.nextInt(6), out = 2 + r.nextInt(4), n = 1 + r.nextInt(6);
      Map<String, double[][]> p = params(r, in, hidden, out);
      double[][] x = Numeric.uniform(r, n, in, -1, 1), t = new double[n][out];
      for (double[] row : t) {
        row[r.nextInt(out)] = 1;
      }
      Map<String, double[][]> actual = impl.create(TwoLayerNetwork.class, p).gradient(x, t);
      for (String key : KEYS) {
        Judge.same("gradient " + key + " (batch " + n + ")", actual == null ? null : actual.get(key), Tolerance.of(1e-12, 1e-9), "hint.tln.gradient");
      }
    }
  }

  /**
   * Lecture 004: gradient() is backprop; a numerical gradient in disguise is not. Observed by its
   * values, not by watching calls (a final class or a method that looks at its own class would hide
   * from a spy): with weights and inputs of a few units, central differences with h = 1e-4 are off by
   * about 1e-7 relative, backprop in any order of operations by about 1e-14.
   */
  @Test
  void gradientDoesNotFallBackToTheNumericalGradient(Implementations impl) {
    RandomGenerator r = random("no-numerical");
    int in = 6, hidden = 5, out = 3, n = 4;
    Map<String, double[][]> p = params(r, in, hidden, out);
    for (double[][] m : p.values()) {
      for (double[] row : m) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= 3;
        }
      }
    }
    double[][] x = Numeric.uniform(r, n, in, -3, 3), t = new double[n][out];
    for (int i = 0; i < n; i++) {
      t[i][i % out] = 1;
    }
    Map<String, double[][]> actual = impl.create(TwoLayerNetwork.class, p).gradient(x, t);
    for (String key : KEYS) {
      Judge.same("gradient " + key + " of a network with large weights", actual == null ? null : actual.get(key), Tolerance.of(1e-13, 1e-10),
          "hint.tln.backprop-not-numerical");
    }
  }
}
