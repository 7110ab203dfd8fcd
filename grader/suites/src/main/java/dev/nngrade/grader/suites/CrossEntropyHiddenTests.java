package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;
import static dev.nngrade.exercises.testkit.Expect.rejects;

import dev.nngrade.contract.function.CrossEntropy;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.CrossEntropyContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; batches with N ≠ K (a mean over the
 * classes, or y indexed [class][sample], cannot pass), every class as the target, and zero
 * probabilities inside a batch, compared with the reference (judged in the host).
 */
public class CrossEntropyHiddenTests extends CrossEntropyContract {
  /**
   * A mean of at most 13 logarithms of values in (1e-3, 1): Math.log or StrictMath.log, a sum then a
   * division or a division per term, in any order, agree to about 13 ulps of values below 7.
   */
  private static final Tolerance MEAN_OF_LOGS = Tolerance.of(1e-13, 1e-12);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  private static double[][] oneHot(int[] labels, int k) {
    double[][] t = new double[labels.length][k];
    for (int n = 0; n < labels.length; n++) {
      t[n][labels[n]] = 1;
    }
    return t;
  }

  @Test
  void aBatchIsTheMeanOverItsRowsWhateverItsShape(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    RandomGenerator r = random("batch");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = Sizes.primes(r, 2);
      // a square batch first (where y read as [class][sample] gives other values rather than an index error), then more rows
      // than classes, then fewer
      int n = trial == 0 ? s[0] : trial % 2 == 0 ? Math.max(s[0], s[1]) : Math.min(s[0], s[1]);
      int k = trial == 0 ? s[0] : trial % 2 == 0 ? Math.min(s[0], s[1]) : Math.max(s[0], s[1]);
      double[][] y = Numeric.uniform(r, n, k, 1e-3, 1);
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        labels[i] = r.nextInt(k);
      }
      String what = " (" + n + " rows, " + k + " classes)";
      Judge.same("batchLabels" + what, ce.batchLabels(Numeric.copy(y), labels.clone()), MEAN_OF_LOGS, "hint.ce.batch");
      Judge.same("batchOneHot" + what, ce.batchOneHot(Numeric.copy(y), oneHot(labels, k)), MEAN_OF_LOGS, "hint.ce.batch");
    }
  }

  @Test
  void everyClassCanBeTheTarget(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    RandomGenerator r = random("classes");
    int k = Sizes.primes(r, 1)[0] + 2;
    double[] y = Numeric.uniform(r, k, 1e-3, 1);
    for (int t = 0; t < k; t++) {
      double[] e = new double[k];
      e[t] = 1;
      Judge.same("label(y, " + t + ") with " + k + " classes", ce.label(y.clone(), t), MEAN_OF_LOGS, "hint.ce.formula");
      Judge.same("oneHot(y, e_" + t + ") with " + k + " classes", ce.oneHot(y.clone(), e), MEAN_OF_LOGS, "hint.ce.formula");
    }
  }

  @Test
  void zeroProbabilitiesAtTheTargetsOfABatchStayFinite(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    RandomGenerator r = random("zeros");
    int[] s = Sizes.primes(r, 2);
    double[][] y = Numeric.uniform(r, s[0], s[1], 0.1, 1);
    int[] labels = new int[s[0]];
    for (int n = 0; n < s[0]; n++) {
      labels[n] = r.nextInt(s[1]);
      y[n][labels[n]] = 0;
    }
    // every row gives −ln(0 + 1e-7) = 7 ln 10: finite (the 1e-7), and their mean (the batch)
    double byLabels = ce.batchLabels(y, labels), byOneHot = ce.batchOneHot(y, oneHot(labels, s[1]));
    holds("batchLabels with y = 0 at every target is finite", Double.isFinite(byLabels), "hint.ce.delta");
    holds("batchOneHot with y = 0 at every target is finite", Double.isFinite(byOneHot), "hint.ce.delta");
    close("batchLabels with y = 0 at every target (" + s[0] + " rows, " + s[1] + " classes)", 7 * Math.log(10), byLabels, MEAN_OF_LOGS, "hint.ce.batch");
    close("batchOneHot with y = 0 at every target (" + s[0] + " rows, " + s[1] + " classes)", 7 * Math.log(10), byOneHot, MEAN_OF_LOGS, "hint.ce.batch");
  }

  /**
   * The function package's contract: targets that do not fit y throw IllegalArgumentException. Both
   * ways round, since a loop over y throws on its own only when the targets are the shorter.
   */
  @Test
  void targetsThatDoNotFitAreRejectedEitherWay(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    RandomGenerator r = random("shapes");
    int k = Sizes.primes(r, 1)[0];
    int n = Sizes.primes(r, 1)[0];
    for (int[] more : new int[][] {{1, 0}, {0, 1}}) {
      double[] y = Numeric.uniform(r, k + more[0], 0.01, 1);
      double[] t = new double[k + more[1]];
      t[0] = 1;
      rejects("oneHot(y [" + y.length + "], t [" + t.length + "])", "hint.ce.reject-shape", () -> ce.oneHot(y, t));
      double[][] ys = new double[n + more[0]][];
      for (int i = 0; i < ys.length; i++) {
        ys[i] = Numeric.uniform(r, k, 0.01, 1);
      }
      int[] labels = new int[n + more[1]];
      rejects("batchOneHot(y [" + ys.length + "][" + k + "], t [" + labels.length + "][" + k + "])", "hint.ce.reject-shape",
          () -> ce.batchOneHot(ys, oneHot(labels, k)));
      rejects("batchLabels(y [" + ys.length + "][" + k + "], t [" + labels.length + "])", "hint.ce.reject-shape", () -> ce.batchLabels(ys, labels));
    }
  }
}
