package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.equal;

import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.ForwardPassContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; every intermediate value compared
 * with the reference (judged in the host) on the lecture's 3-5-4 sizes and on others, output total
 * inputs below zero (where a ReLU on the output layer would show), every class as the target, and
 * total inputs large enough to overflow exp.
 */
public class ForwardPassHiddenTests extends ForwardPassContract {
  /**
   * u1 and u2 are sums of at most 13 products of values of a few units: any order of additions (or
   * fma) stays within a few ulps of 1e2, far inside 1e-12 absolute and relative.
   */
  private static final Tolerance SUMS = Tolerance.of(1e-12, 1e-12);
  /**
   * softmax is well conditioned in its inputs (∂y_k/∂u_i = y_k(δ_ki − y_i)): an absolute error ε in
   * u2 moves y_k by at most 2ε relative, plus a few ulps of exp and of the sum. With ε ≈ 1e-13 above
   * (or with a log-sum-exp form), 1e-11 relative is loose; 1e-15 absolute covers outputs that
   * underflow towards 0.
   */
  private static final Tolerance PROBABILITIES = Tolerance.of(1e-15, 1e-11);
  /** −log(y + 1e-7) moves by at most Δy/(y + 1e-7) ≤ 1e-11 for the relative error above. */
  private static final Tolerance LOSS = Tolerance.of(1e-10, 1e-10);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  private static ForwardWeights weights(RandomGenerator r, int in, int hidden, int out, double scale) {
    return new ForwardWeights(Numeric.uniform(r, in, hidden, -scale, scale), Numeric.uniform(r, hidden, -scale, scale),
        Numeric.uniform(r, hidden, out, -scale, scale), Numeric.uniform(r, out, -scale, scale));
  }

  /**
   * Pairwise different sizes, each above the lecture's 3-5-4 (in ≥ 5, hidden ≥ 7, out ≥ 5): code with 3, 5 and 4 written
   * into its loops returns arrays of the wrong length here instead of failing with an index error.
   */
  private static int[] sizesAboveTheLectures(RandomGenerator r) {
    int hidden = new int[] {7, 11, 13}[r.nextInt(3)];
    int in = hidden == 7 ? 5 : new int[] {5, 7}[r.nextInt(2)];
    int out;
    do {
      out = new int[] {5, 7, 11}[r.nextInt(3)];
    } while (out == in || out == hidden);
    return new int[] {in, hidden, out};
  }

  private static void checkSizes(String what, ForwardTrace t, int hidden, int out) {
    equal("length of u1" + what, hidden, t.u1().length, "hint.forward3.sizes");
    equal("length of u2" + what, out, t.u2().length, "hint.forward3.sizes");
    equal("length of y" + what, out, t.y().length, "hint.forward3.sizes");
  }

  /** The test's own u2 = ReLU(x W1 + b1) W2 + b2. */
  private static double[] u2(ForwardWeights w, double[] x) {
    int hidden = w.b1().length, out = w.b2().length;
    double[] u2 = w.b2().clone();
    for (int j = 0; j < hidden; j++) {
      double u = w.b1()[j];
      for (int i = 0; i < x.length; i++) {
        u += x[i] * w.w1()[i][j];
      }
      for (int k = 0; k < out; k++) {
        u2[k] += Math.max(0, u) * w.w2()[j][k];
      }
    }
    return u2;
  }

  private static double[] oneHot(int k, int n) {
    double[] d = new double[n];
    d[k] = 1;
    return d;
  }

  private static void judgeTrace(String what, ForwardTrace t, Tolerance y) {
    Judge.same("u1" + what, t == null ? null : t.u1(), SUMS, "hint.forward3.u1");
    Judge.same("z1" + what, t == null ? null : t.z1(), SUMS, "hint.forward3.z1");
    Judge.same("u2" + what, t == null ? null : t.u2(), SUMS, "hint.forward3.u2");
    Judge.same("y" + what, t == null ? null : t.y(), y, "hint.forward3.y");
  }

  @Test
  void lectureSizesAgreeWithTheReference(Implementations impl) {
    ForwardPass f = impl.get(ForwardPass.class);
    RandomGenerator r = random("lecture-sizes");
    for (int trial = 0; trial < trials(); trial++) {
      ForwardWeights w = weights(r, 3, 5, 4, 1);
      double[] x = Numeric.uniform(r, 3, -2, 2);
      int k = r.nextInt(4);
      String what = " (3-5-4, trial " + trial + ")";
      judgeTrace(what, f.forward(w, x), PROBABILITIES);
      Judge.same("loss with d = e_" + k + what, f.loss(w, x, oneHot(k, 4)), LOSS, "hint.forward3.loss");
    }
  }

  @Test
  void anyLayerSizesWork(Implementations impl) {
    ForwardPass f = impl.get(ForwardPass.class);
    RandomGenerator r = random("sizes");
    for (int trial = 0; trial < trials(); trial++) {
      // first every size above the lecture's 3-5-4, then pairwise different primes
      int[] s = trial == 0 ? new int[] {7, 11, 13} : Sizes.primes(r, 3);
      int in = s[0], hidden = s[1], out = s[2];
      ForwardWeights w = weights(r, in, hidden, out, 1);
      double[] x = Numeric.uniform(r, in, -2, 2);
      ForwardTrace t = f.forward(w, x);
      String what = " (" + in + "-" + hidden + "-" + out + ")";
      checkSizes(what, t, hidden, out);
      judgeTrace(what, t, PROBABILITIES);
      int k = r.nextInt(out);
      Judge.same("loss with d = e_" + k + what, f.loss(w, x, oneHot(k, out)), LOSS, "hint.forward3.loss");
    }
  }

  @Test
  void theOutputLayerHasNoReluEvenWhereItsTotalInputIsNegative(Implementations impl) {
    ForwardPass f = impl.get(ForwardPass.class);
    RandomGenerator r = random("negative-output");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = sizesAboveTheLectures(r);
      ForwardWeights w = weights(r, s[0], s[1], s[2], 0.5);
      // biases of the output layer from −4 to −2, one of them positive: some u2 below 0, some above
      for (int k = 0; k < s[2]; k++) {
        w.b2()[k] = k == trial % s[2] ? 1 + r.nextDouble() : -2 - 2 * r.nextDouble();
      }
      double[] x = Numeric.uniform(r, s[0], -1, 1);
      ForwardTrace t = f.forward(w, x);
      String what = " (" + s[0] + "-" + s[1] + "-" + s[2] + ", negative output total inputs)";
      checkSizes(what, t, s[1], s[2]);
      Judge.same("u2" + what, t == null ? null : t.u2(), SUMS, "hint.forward3.u2");
      Judge.same("y" + what, t == null ? null : t.y(), PROBABILITIES, "hint.forward3.output-activation");
    }
  }

  @Test
  void theLossTakesTheClassWhereDIsOne(Implementations impl) {
    ForwardPass f = impl.get(ForwardPass.class);
    RandomGenerator r = random("targets");
    int[] s = sizesAboveTheLectures(r);
    ForwardWeights w = weights(r, s[0], s[1], s[2], 1);
    double[] x = Numeric.uniform(r, s[0], -2, 2);
    // the forward pass first, so that a loss that is off is about the loss
    String what = " (" + s[0] + "-" + s[1] + "-" + s[2] + ")";
    ForwardTrace t = f.forward(w, x);
    checkSizes(what, t, s[1], s[2]);
    judgeTrace(what, t, PROBABILITIES);
    for (int k = 0; k < s[2]; k++) {
      Judge.same("loss with d = e_" + k + " of " + s[2] + " classes", f.loss(w, x, oneHot(k, s[2])), LOSS, "hint.forward3.loss");
    }
  }

  @Test
  void largeTotalInputsDoNotOverflow(Implementations impl) {
    ForwardPass f = impl.get(ForwardPass.class);
    RandomGenerator r = random("overflow");
    for (int trial = 0; trial < 3; trial++) {
      int[] s = sizesAboveTheLectures(r);
      // weights up to 10: u2 of thousands, exp(u2) infinite without the max subtracted
      ForwardWeights w = weights(r, s[0], s[1], s[2], 10);
      double[] x = Numeric.uniform(r, s[0], -2, 2);
      // every u2 lifted above 0, so that only the overflow can make y wrong here (a ReLU on the output changes nothing)
      double lowest = java.util.Arrays.stream(u2(w, x)).min().orElse(0);
      for (int k = 0; k < s[2]; k++) {
        w.b2()[k] += 1 - Math.min(0, lowest);
      }
      int k = r.nextInt(s[2]);
      String what = " (" + s[0] + "-" + s[1] + "-" + s[2] + ", weights up to 10)";
      ForwardTrace t = f.forward(w, x);
      checkSizes(what, t, s[1], s[2]);
      // u2 of ~1e4 carries an absolute error of a few ulps (~1e-11), which moves y by about as much relative
      Judge.same("u2" + what, t == null ? null : t.u2(), Tolerance.of(1e-10, 1e-12), "hint.forward3.u2");
      Judge.same("y" + what, t == null ? null : t.y(), Tolerance.of(1e-15, 1e-9), "hint.forward3.overflow");
      Judge.same("loss with d = e_" + k + what, f.loss(w, x, oneHot(k, s[2])), Tolerance.of(1e-8, 1e-9), "hint.forward3.loss");
    }
  }
}
