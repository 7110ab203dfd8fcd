package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.RegressionBackpropContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; forward and backward compared with
 * the reference (judged in the host) for both activations and hidden sizes other than 2; the z1 and y
 * given to backward used as they are for ReLU too (0 included); negative outputs (no activation on
 * y); inputs left as they were; and backward compared tightly enough that a numerical gradient in its
 * place fails on its own.
 */
public class RegressionBackpropHiddenTests extends RegressionBackpropContract {
  /** Sums of at most 13 products of values of a few units, and fdlibm's or the JIT's exp: a few ulps. */
  private static final Tolerance FORWARD = Tolerance.of(1e-13, 1e-12);
  /**
   * Loose enough for any way of computing the right formula, including a numerical gradient (which
   * is off by up to ~1e-7 relative here, and is checked for on its own below); a wrong formula is
   * off by a factor, not by 1e-5.
   */
  private static final Tolerance STRUCTURE = Tolerance.of(1e-9, 1e-5);
  /**
   * Backprop is a product of at most four rounded factors (δ2 = y − d exactly as given, w2, the
   * slope z(1 − z) or z − z², x): a few ulps, except where z − z² cancels, ≤ 1.1e-16/(1 − z) relative,
   * 7e-14 for the |u| ≤ 6.5 below. A central difference with h = 1e-4 is off by 1e-10 to 1e-7.
   */
  private static final Tolerance BACKPROP = Tolerance.of(1e-15, 1e-12);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  private static RegressionParams params(RandomGenerator r, int h, double w1, double w2) {
    return new RegressionParams(Numeric.uniform(r, 2, h, -w1, w1), Numeric.uniform(r, h, -0.5, 0.5), Numeric.uniform(r, h, -w2, w2), Numeric.uniform(r, 1, -1, 1));
  }

  /** The test's own forward pass: z1 = f(x W1 + b1), y = z1 W2 + b2. */
  private static RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    int h = p.b1().length;
    double[] z = new double[h];
    double y = p.b2()[0];
    for (int j = 0; j < h; j++) {
      double u = p.b1()[j] + x[0] * p.w1()[0][j] + x[1] * p.w1()[1][j];
      z[j] = f == HiddenActivation.RELU ? Math.max(0, u) : 1 / (1 + Math.exp(-u));
      y += z[j] * p.w2()[j];
    }
    return new RegressionForward(z, y);
  }

  /** In backprop's own order, from the output back, so that the first gradient off names the first step that went wrong. */
  private static void judgeGradients(String what, RegressionParams g, Tolerance tol, String hint) {
    Judge.same("db2" + what, g == null ? null : g.b2(), tol, hint == null ? "hint.bp.delta2" : hint);
    Judge.same("dW2" + what, g == null ? null : g.w2(), tol, hint == null ? "hint.bp.delta2" : hint);
    Judge.same("db1" + what, g == null ? null : g.b1(), tol, hint == null ? "hint.bp.delta1" : hint);
    Judge.same("dW1" + what, g == null ? null : g.w1(), tol, hint == null ? "hint.bp.dw1" : hint);
  }

  @Test
  void forwardAndBackwardAgreeWithTheReference(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    RandomGenerator r = random("reference");
    for (HiddenActivation f : HiddenActivation.values()) {
      for (int trial = 0; trial < 3; trial++) {
        int h = Sizes.primes(r, 1)[0];
        RegressionParams p = params(r, h, 2, 1);
        double[] x = Numeric.uniform(r, 2, 0, 1);
        // an output above 0, so that this test is about the formulas (negative outputs have their own test)
        double lift = 1; // Σ |z_j w2_j| ≤ Σ |z_j| for |w2_j| ≤ 1
        for (double z : forward(p, x, f).z1()) {
          lift += Math.abs(z);
        }
        p.b2()[0] = lift;
        double d = 2 * x[0] + 3 * x[1];
        String what = " (" + f + ", H = " + h + ")";
        RegressionForward fwd = bp.forward(p, x.clone(), f);
        Judge.same("z1" + what, fwd == null ? null : fwd.z1(), FORWARD, "hint.bp.forward");
        Judge.same("y" + what, fwd == null ? Double.NaN : fwd.y(), FORWARD, "hint.bp.forward");
        judgeGradients(what, bp.backward(p, x.clone(), d, forward(p, x, f), f), STRUCTURE, null);
      }
    }
  }

  @Test
  void backwardIsBackpropagationNotANumericalGradient(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    RandomGenerator r = random("backprop");
    for (int trial = 0; trial < 3; trial++) {
      int h = Sizes.primes(r, 1)[0];
      // |u| ≤ 2·1.5 + 2·1.5 + 0.5: curved enough for h² terms to show, far from the sigmoid's flat ends
      RegressionParams p = params(r, h, 1.5, 2);
      double[] x = Numeric.uniform(r, 2, -2, 2);
      double d = 2 * x[0] + 3 * x[1];
      RegressionParams grads = bp.backward(p, x, d, forward(p, x, HiddenActivation.SIGMOID), HiddenActivation.SIGMOID);
      // first the formulas (a wrong one is named as such), then the precision only backprop has
      judgeGradients(" (SIGMOID, H = " + h + ")", grads, STRUCTURE, null);
      judgeGradients(" (SIGMOID, H = " + h + ", compared to 1e-12)", grads, BACKPROP, "hint.bp.backprop-not-numerical");
    }
  }

  @Test
  void backwardUsesTheZ1AndYItIsGivenForReluToo(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    RandomGenerator r = random("reuse");
    for (int trial = 0; trial < trials(); trial++) {
      int h = Sizes.primes(r, 1)[0] + 2;
      RegressionParams p = params(r, h, 1, 1);
      double[] x = Numeric.uniform(r, 2, 0, 1);
      // z1 as forward kept it (確認テスト12), not as the parameters would give now: zeros (the derivative there is 0,
      // exactly 0 included) where u1 > 0, positive values where u1 < 0
      double[] z = Numeric.uniform(r, h, 0.1, 2);
      for (int j = 0; j < h; j += 2) {
        z[j] = 0;
      }
      RegressionForward given = new RegressionForward(z, 0.5 + r.nextDouble());
      double d = 2 * x[0] + 3 * x[1];
      judgeGradients(" from the given z1 and y (RELU, H = " + h + ")", bp.backward(p, x, d, given, HiddenActivation.RELU), BACKPROP, "hint.bp.reuse");
    }
  }

  @Test
  void theOutputIsTheTotalInputAsItIsEvenBelowZero(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    RandomGenerator r = random("negative-output");
    for (HiddenActivation f : HiddenActivation.values()) {
      int h = Sizes.primes(r, 1)[0];
      RegressionParams p = params(r, h, 1, 0.5);
      p.b2()[0] = -3 - 2 * h; // |Σ z_j w2_j| ≤ 2.5·0.5·H
      double[] x = Numeric.uniform(r, 2, 0, 1);
      RegressionForward fwd = bp.forward(p, x, f);
      Judge.same("y below 0 (" + f + ", H = " + h + ")", fwd == null ? Double.NaN : fwd.y(), FORWARD, "hint.bp.output");
    }
  }

  @Test
  void forwardAndBackwardLeaveTheirInputsAlone(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    RandomGenerator r = random("inputs");
    for (HiddenActivation f : HiddenActivation.values()) {
      int h = Sizes.primes(r, 1)[0];
      RegressionParams p = params(r, h, 1, 1);
      double[] x = Numeric.uniform(r, 2, 0, 1), x0 = x.clone();
      double[][] w1 = Numeric.copy(p.w1());
      double[] b1 = p.b1().clone(), w2 = p.w2().clone(), b2 = p.b2().clone();
      RegressionForward fwd = bp.forward(p, x, f);
      double[] z1 = fwd.z1().clone();
      RegressionParams first = bp.backward(p, x, 2 * x[0] + 3 * x[1], fwd, f);
      String after = " after forward and backward (" + f + ")";
      close("x" + after, x0, x, Tolerance.abs(0), "hint.bp.inputs");
      close("W1" + after, w1, p.w1(), Tolerance.abs(0), "hint.bp.inputs");
      close("b1" + after, b1, p.b1(), Tolerance.abs(0), "hint.bp.inputs");
      close("W2" + after, w2, p.w2(), Tolerance.abs(0), "hint.bp.inputs");
      close("b2" + after, b2, p.b2(), Tolerance.abs(0), "hint.bp.inputs");
      close("the z1 that forward returned, after backward (" + f + ")", z1, fwd.z1(), Tolerance.abs(0), "hint.bp.inputs");
      RegressionParams second = bp.backward(p, x, 2 * x[0] + 3 * x[1], fwd, f);
      close("dW1 of a second backward with the same arguments (" + f + ")", first.w1(), second.w1(), Tolerance.abs(0), "hint.bp.inputs");
    }
  }
}
