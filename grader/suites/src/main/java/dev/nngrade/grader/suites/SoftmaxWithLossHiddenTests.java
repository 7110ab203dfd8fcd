package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.layer.SoftmaxWithLossLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.SoftmaxWithLossContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and the layer compared with the reference (judged in the
 * host) on batches whose size N differs from the number of classes K (prime sizes, N = 1 included),
 * on scores beyond exp's range, and over several calls on one layer.
 *
 * <p>Tolerance: with scores of a few units, softmax by exp(a − max)/Σ or by log-sum-exp, in any
 * order of summation, agrees with the reference within a few ulps relative (1e-12 relative is ample),
 * and {@code y − t} and the loss near 0 lose at most a few ulps of 1 (1e-14 absolute). With scores near
 * ±1000, exp(a − lse) also carries the ulp of lse itself, 1.1e-13 relative (see the softmax suite), so
 * that test allows 1e-12 absolute and 1e-12 + 8·ulp(1000) relative. A 1/K for 1/N, a missing max or a stale y is off by a factor or more.
 */
public class SoftmaxWithLossHiddenTests extends SoftmaxWithLossContract {
  private static final Tolerance TOL = Tolerance.of(1e-14, 1e-12);
  private static final int[] SIZES = {1, 2, 3, 5, 7, 11};

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  private static double[][] oneHot(RandomGenerator r, int n, int k) {
    double[][] t = new double[n][k];
    for (double[] row : t) {
      row[r.nextInt(k)] = 1;
    }
    return t;
  }

  /** N and K from {1, 2, 3, 5, 7, 11}, K ≥ 2 and N ≠ K. */
  private static int[] sizes(RandomGenerator r) {
    int n = SIZES[r.nextInt(SIZES.length)], k;
    do {
      k = SIZES[1 + r.nextInt(SIZES.length - 1)];
    } while (k == n);
    return new int[] {n, k};
  }

  /** Output first (a wrong softmax shows there), then the loss (its log), then backward (its 1/N). */
  private static void judgeAll(String what, SoftmaxWithLossLayer layer, double[][] x, double[][] t, Tolerance tol, String outputHint) {
    double loss = layer.forward(Numeric.copy(x), Numeric.copy(t));
    Judge.same("output" + what, layer.output(), tol, outputHint);
    Judge.same("loss" + what, loss, tol, "hint.swl.loss");
    Judge.same("backward" + what, layer.backward(), tol, "hint.swl.backward-n");
  }

  @Test
  void batchesWhereNDiffersFromKAgreeWithTheReference(Implementations impl) {
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = sizes(r);
      int n = s[0], k = s[1];
      double[][] x = Numeric.uniform(r, n, k, -5, 5), t = oneHot(r, n, k);
      judgeAll(" (N = " + n + ", K = " + k + ")", impl.get(SoftmaxWithLossLayer.class), x, t, TOL, "hint.swl.loss");
    }
  }

  /** Scores near ±1000: exp(1000) overflows, so the maximum must be subtracted first. */
  @Test
  void scoresBeyondExpsRange(Implementations impl) {
    RandomGenerator r = random("large");
    for (int trial = 0; trial < 3; trial++) {
      int n = 3, k = 5;
      double[][] x = Numeric.uniform(r, n, k, -2, 2), t = oneHot(r, n, k);
      for (double[] row : x) {
        double offset = (r.nextBoolean() ? 1 : -1) * (800 + 200 * r.nextDouble());
        for (int j = 0; j < k; j++) {
          row[j] += offset;
        }
      }
      Tolerance tol = Tolerance.of(1e-12, 1e-12 + 8 * Math.ulp(1000.0));
      judgeAll(" of scores near ±1000 (trial " + trial + ")", impl.get(SoftmaxWithLossLayer.class), x, t, tol, "hint.swl.overflow");
    }
  }

  /** Two forwards on one layer: output and backward are those of a new layer that saw only the second (compared with the reference first). */
  @Test
  void outputAndBackwardAnswerForTheLastForward(Implementations impl) {
    RandomGenerator r = random("last-forward");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s1 = sizes(r), s2 = sizes(r);
      double[][] x1 = Numeric.uniform(r, s1[0], s1[1], -5, 5), t1 = oneHot(r, s1[0], s1[1]);
      double[][] x2 = Numeric.uniform(r, s2[0], s2[1], -5, 5), t2 = oneHot(r, s2[0], s2[1]);
      String what = " of " + s2[0] + "x" + s2[1];
      SoftmaxWithLossLayer fresh = impl.get(SoftmaxWithLossLayer.class);
      fresh.forward(Numeric.copy(x2), Numeric.copy(t2));
      double[][] output = Copies.of(fresh.output()), backward = Copies.of(fresh.backward());
      Judge.same("output" + what, output, TOL, "hint.swl.loss");
      Judge.same("backward" + what, backward, TOL, "hint.swl.backward-n");
      SoftmaxWithLossLayer layer = impl.get(SoftmaxWithLossLayer.class);
      layer.forward(Numeric.copy(x1), Numeric.copy(t1));
      layer.forward(Numeric.copy(x2), Numeric.copy(t2));
      String after = " after forwards of " + s1[0] + "x" + s1[1] + " then " + s2[0] + "x" + s2[1] + ", against a layer that saw only the second";
      close("output" + after, output, layer.output(), Tolerance.abs(0), "hint.swl.last-forward");
      close("backward" + after, backward, layer.backward(), Tolerance.abs(0), "hint.swl.last-forward");
    }
  }

  /** backward twice gives the same; output() after backward is still y (backward must not turn the kept y into y − t). */
  @Test
  void backwardLeavesTheKeptOutputAlone(Implementations impl) {
    RandomGenerator r = random("backward-twice");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = sizes(r);
      double[][] x = Numeric.uniform(r, s[0], s[1], -5, 5), t = oneHot(r, s[0], s[1]);
      SoftmaxWithLossLayer layer = impl.get(SoftmaxWithLossLayer.class);
      layer.forward(Numeric.copy(x), Numeric.copy(t));
      String what = " (N = " + s[0] + ", K = " + s[1] + ")";
      double[][] output = Copies.of(layer.output());
      double[][] first = layer.backward();
      Judge.same("first backward" + what, first, TOL, "hint.swl.backward-n");
      double[][] kept = Copies.of(first);
      close("second backward, against the first" + what, kept, layer.backward(), Tolerance.abs(0), "hint.swl.backward-state");
      close("output after two backwards, against output before them" + what, output, layer.output(), Tolerance.abs(0), "hint.swl.backward-state");
    }
  }

  /** forward leaves the scores and the targets as they were. */
  @Test
  void forwardLeavesItsArgumentsAlone(Implementations impl) {
    RandomGenerator r = random("arguments");
    double[][] x = Numeric.uniform(r, 3, 5, -5, 5), t = oneHot(r, 3, 5);
    double[][] keptX = Numeric.copy(x), keptT = Numeric.copy(t);
    SoftmaxWithLossLayer layer = impl.get(SoftmaxWithLossLayer.class);
    layer.forward(x, t);
    close("scores x after forward (they must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
    close("targets t after forward (they must not change)", keptT, t, Tolerance.abs(0), "hint.layer.input");
    layer.backward();
    close("scores x after backward (they must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
    close("targets t after backward (they must not change)", keptT, t, Tolerance.abs(0), "hint.layer.input");
  }
}
