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

  /** Two forwards, then backward: the gradients use the inputs of the second forward. */
  @Test
  void mulNodeAnswersForItsLastForward(Implementations impl) {
    RandomGenerator r = random("last-forward");
    for (int trial = 0; trial < trials(); trial++) {
      double a = value(r), b = value(r), c = value(r), d = value(r), dz = value(r);
      MulLayer mul = impl.get(MulLayer.class);
      mul.forward(a, b);
      close("MulLayer.forward (second call)", c * d, mul.forward(c, d), EXACT, "hint.graph.mul");
      close("MulLayer.backward(dz) after forward(a, b) then forward(c, d)", new double[] {dz * d, dz * c}, mul.backward(dz), EXACT, "hint.graph.mul-last");
    }
  }

  /** Two mul nodes used in turn: each backward uses its own node's inputs. */
  @Test
  void twoMulNodesKeepTheirOwnInputs(Implementations impl) {
    RandomGenerator r = random("two-nodes");
    for (int trial = 0; trial < trials(); trial++) {
      double a = value(r), b = value(r), c = value(r), d = value(r), dz1 = value(r), dz2 = value(r);
      MulLayer first = impl.get(MulLayer.class), second = impl.get(MulLayer.class);
      first.forward(a, b);
      second.forward(c, d);
      close("second node's backward", new double[] {dz2 * d, dz2 * c}, second.backward(dz2), EXACT, "hint.graph.instances");
      close("first node's backward after the second node's forward", new double[] {dz1 * b, dz1 * a}, first.backward(dz1), EXACT, "hint.graph.instances");
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
   * f = (x·y + z)·w on random values: forward, then backward from df = 1 through each node in turn;
   * ∂f/∂x = w·y, ∂f/∂y = w·x, ∂f/∂z = w, ∂f/∂w = x·y + z.
   */
  @Test
  void aSmallGraphFollowsTheChainRule(Implementations impl) {
    RandomGenerator r = random("chain");
    for (int trial = 0; trial < trials(); trial++) {
      double x = value(r), y = value(r), z = value(r), w = value(r), df = value(r);
      MulLayer xy = impl.get(MulLayer.class), times = impl.get(MulLayer.class);
      AddLayer plus = impl.get(AddLayer.class);
      double s = x * y + z;
      close("f = (x·y + z)·w", s * w, times.forward(plus.forward(xy.forward(x, y), z), w), EXACT, "hint.graph.chain");
      double[] dTimes = times.backward(df);
      double[] dPlus = plus.backward(dTimes[0]);
      double[] dXy = xy.backward(dPlus[0]);
      double ds = df * w;
      close("(∂f/∂x, ∂f/∂y, ∂f/∂z, ∂f/∂w)·df", new double[] {ds * y, ds * x, ds, df * s}, new double[] {dXy[0], dXy[1], dPlus[1], dTimes[1]}, EXACT,
          "hint.graph.chain");
    }
  }
}
