package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.layer.AddLayer;
import dev.nngrade.contract.layer.MulLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.GraphContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and the nodes over several calls: a mul node answers for
 * its last forward, two nodes keep their own inputs, and a small graph's gradients follow the chain
 * rule on random values. Each expected value is one product of the same two doubles the node
 * multiplies (IEEE products are commutative and correctly rounded), so they agree to the bit:
 * tolerance 1e-15 relative only covers a node that keeps {@code dz·y} as {@code y·dz}.
 */
public class GraphHiddenTests extends GraphContract {
  private static final Tolerance EXACT = Tolerance.of(0, 1e-15);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  private static double value(RandomGenerator r) {
    return (r.nextBoolean() ? 1 : -1) * (0.1 + 9.9 * r.nextDouble());
  }

  /**
   * Two forwards, then backward: the gradients use the inputs of the second forward, i.e. they are
   * those of a new node that saw only the second forward (whose own values are checked first).
   */
  @Test
  void mulNodeAnswersForItsLastForward(Implementations impl) {
    RandomGenerator r = random("last-forward");
    for (int trial = 0; trial < trials(); trial++) {
      double a = value(r), b = value(r), c = value(r), d = value(r), dz = value(r);
      MulLayer fresh = impl.get(MulLayer.class);
      close("MulLayer.forward(c, d)", c * d, fresh.forward(c, d), EXACT, "hint.graph.mul");
      double[] once = fresh.backward(dz);
      once = once == null ? null : once.clone(); // kept to compare with later calls
      close("MulLayer.backward(dz) after forward(c, d)", new double[] {dz * d, dz * c}, once, EXACT, "hint.graph.mul");
      MulLayer mul = impl.get(MulLayer.class);
      mul.forward(a, b);
      mul.forward(c, d);
      close("MulLayer.backward(dz) after forward(a, b) then forward(c, d), against a node that saw only forward(c, d)", once, mul.backward(dz), EXACT,
          "hint.graph.mul-last");
    }
  }

  /** Two mul nodes used in turn give what each gives alone. */
  @Test
  void twoMulNodesKeepTheirOwnInputs(Implementations impl) {
    RandomGenerator r = random("two-nodes");
    for (int trial = 0; trial < trials(); trial++) {
      double a = value(r), b = value(r), c = value(r), d = value(r), dz1 = value(r), dz2 = value(r);
      MulLayer alone = impl.get(MulLayer.class);
      alone.forward(a, b);
      double[] firstAlone = alone.backward(dz1);
      firstAlone = firstAlone == null ? null : firstAlone.clone(); // kept to compare with later calls
      close("MulLayer.backward(dz) after forward(a, b)", new double[] {dz1 * b, dz1 * a}, firstAlone, EXACT, "hint.graph.mul");
      MulLayer first = impl.get(MulLayer.class), second = impl.get(MulLayer.class);
      first.forward(a, b);
      second.forward(c, d);
      close("second node's backward", new double[] {dz2 * d, dz2 * c}, second.backward(dz2), EXACT, "hint.graph.instances");
      close("first node's backward after the second node's forward, against a node used alone", firstAlone, first.backward(dz1), EXACT, "hint.graph.instances");
    }
  }

  /** The add node passes any dz to both inputs, whatever it added. */
  @Test
  void addNodePassesAnyGradientThrough(Implementations impl) {
    RandomGenerator r = random("add");
    for (int trial = 0; trial < trials(); trial++) {
      double x = value(r), y = value(r), dz = value(r);
      AddLayer add = impl.get(AddLayer.class);
      close("AddLayer.forward", x + y, add.forward(x, y), EXACT, "hint.graph.add");
      close("AddLayer.backward(dz)", new double[] {dz, dz}, add.backward(dz), EXACT, "hint.graph.add");
    }
  }

  /**
   * f = (x·y + z)·w on random values, node by node: forward, then backward from df through each node
   * in turn; ∂f/∂x = w·y, ∂f/∂y = w·x, ∂f/∂z = w, ∂f/∂w = x·y + z. Each node's result is checked
   * where it is made, with the hint of that node.
   */
  @Test
  void aSmallGraphFollowsTheChainRule(Implementations impl) {
    RandomGenerator r = random("chain");
    for (int trial = 0; trial < trials(); trial++) {
      double x = value(r), y = value(r), z = value(r), w = value(r), df = value(r);
      MulLayer xy = impl.get(MulLayer.class), times = impl.get(MulLayer.class);
      AddLayer plus = impl.get(AddLayer.class);
      double p = x * y, s = p + z;
      close("x·y (first mul node)", p, xy.forward(x, y), EXACT, "hint.graph.mul");
      close("x·y + z (add node)", s, plus.forward(p, z), EXACT, "hint.graph.add");
      close("f = (x·y + z)·w (second mul node)", s * w, times.forward(s, w), EXACT, "hint.graph.mul");
      double[] dTimes = times.backward(df);
      close("second mul node's backward(df)", new double[] {df * w, df * s}, dTimes, EXACT, "hint.graph.mul");
      double ds = df * w;
      double[] dPlus = plus.backward(ds);
      close("add node's backward", new double[] {ds, ds}, dPlus, EXACT, "hint.graph.add");
      close("first mul node's backward", new double[] {ds * y, ds * x}, xy.backward(ds), EXACT, "hint.graph.mul");
    }
  }
}
