package dev.nngrade.grader.suites;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.exercises.testkit.Expect;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.solution.TwoLayerNetworkImpl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import dev.nngrade.exercises.testkit.contracts.TwoLayerNetworkContract;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference solution. */
public class TwoLayerNetworkHiddenTests extends TwoLayerNetworkContract {
  @Override
  protected long seed() {
    return HiddenSeeds.of(getClass());
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
      Map<String, double[][]> copy = new LinkedHashMap<>();
      p.forEach((k, v) -> copy.put(k, Numeric.copy(v)));
      double[][] x = Numeric.uniform(r, n, in, -1, 1), t = new double[n][out];
      for (double[] row : t) {
        row[r.nextInt(out)] = 1;
      }
      Map<String, double[][]> expected = new TwoLayerNetworkImpl(copy).gradient(x, t);
      Map<String, double[][]> actual = impl.create(TwoLayerNetwork.class, p).gradient(x, t);
      for (String key : expected.keySet()) {
        Expect.close("gradient " + key + " (batch " + n + ")", expected.get(key), actual.get(key), Tolerance.of(1e-12, 1e-9), "hint.tln.gradient");
      }
    }
  }
}
