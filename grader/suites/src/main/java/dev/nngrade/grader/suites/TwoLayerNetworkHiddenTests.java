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
import org.mockito.MockMakers;
import org.mockito.Mockito;
import dev.nngrade.exercises.testkit.contracts.TwoLayerNetworkContract;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference solution. */
public class TwoLayerNetworkHiddenTests extends TwoLayerNetworkContract {
  static {
    // Mockito's first mock builds its class-generation machinery (about half a second, more on a busy
    // machine); done here, while the class loads, it does not count against the behaviour test's time
    Mockito.mock(java.util.ArrayList.class, Mockito.withSettings().useConstructor().mockMaker(MockMakers.SUBCLASS));
  }

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

  /** Lecture 004: gradient() is backprop; a numerical gradient in disguise is not (a spy sees the self-call). */
  @Test
  void gradientDoesNotFallBackToTheNumericalGradient(Implementations impl) {
    RandomGenerator r = random("no-numerical");
    Map<String, double[][]> p = params(r, 4, 3, 2);
    double[][] x = Numeric.uniform(r, 2, 4, -1, 1), t = {{1, 0}, {0, 1}};
    Class<?> type = impl.load(TwoLayerNetwork.class);
    Expect.holds(type.getSimpleName() + " is not final (the grader observes its calls)", !java.lang.reflect.Modifier.isFinal(type.getModifiers()), "hint.behaviour.final");
    if (type.getModule().isNamed()) {
      // the grader's own implementations (reference, mutants) sit in named modules that Mockito may not
      // subclass (opening them would hand submissions the reference through Mockito); for them the
      // cost of gradient() on a textbook-sized network shows the same: backprop takes milliseconds,
      // a numerical gradient of its 39 760 parameters many seconds
      Map<String, double[][]> big = params(r, 784, 50, 10);
      double[][] bx = Numeric.uniform(r, 2, 784, 0, 1), bt = {{1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0, 0, 0, 0}};
      TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, big);
      long t0 = System.nanoTime();
      net.gradient(bx, bt);
      double seconds = (System.nanoTime() - t0) / 1e9;
      Expect.holds("gradient() of a 784-50-10 network took " + seconds + " s (< 2 s for backprop)", seconds < 2, "hint.tln.gradient");
      return;
    }
    TwoLayerNetwork spy = (TwoLayerNetwork) Mockito.mock(type,
        Mockito.withSettings().mockMaker(MockMakers.SUBCLASS).useConstructor(p).defaultAnswer(Mockito.CALLS_REAL_METHODS));
    spy.gradient(x, t);
    Expect.holds("gradient(x, t) did not call numericalGradient", Mockito.mockingDetails(spy).getInvocations().stream()
        .noneMatch(i -> i.getMethod().getName().equals("numericalGradient")), "hint.tln.gradient");
  }
}
