package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.function.Softmax;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.SoftmaxCases;
import dev.nngrade.exercises.testkit.contracts.SoftmaxContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; comparisons with the reference
 * (judged in the host) on wide ranges, on batches whose rows lie far apart (each row its own maximum
 * and sum) with N ≠ K, on rows whose scores spread wider than exp's range, and inputs left as they were.
 */
public class SoftmaxHiddenTests extends SoftmaxContract {
  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  @Test
  void agreesWithTheReferenceOnWideRangesAndABatchOfOne(Implementations impl) {
    Softmax student = impl.get(Softmax.class);
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      double scale = Math.pow(10, trial - 2);
      int k = 2 + r.nextInt(20);
      double[][] a = Numeric.uniform(r, 1 + trial % 2 * 4, k, -800 * scale, 800 * scale);
      // the tolerance two correct forms of softmax need (log-sum-exp, other sums, Math.exp): see SoftmaxCases
      Judge.same("softmax of a batch (" + a.length + " rows, scale " + scale + ")", student.softmax(a), SoftmaxCases.agreement(k, 800 * scale),
          "hint.softmax.formula");
    }
  }

  @Test
  void everyRowHasItsOwnMaximumAndSum(Implementations impl) {
    Softmax student = impl.get(Softmax.class);
    RandomGenerator r = random("rows");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = Sizes.primes(r, 2);
      int n = s[0], k = s[1];
      // rows centred hundreds apart: a maximum or sum taken over the whole batch underflows whole rows to 0/0
      double[][] a = new double[n][];
      for (int i = 0; i < n; i++) {
        double centre = (i % 2 == 0 ? 1 : -1) * 300 * i;
        a[i] = Numeric.uniform(r, k, centre - 5, centre + 5);
      }
      Judge.same("softmax of " + n + " rows of " + k + " scores, rows centred 300 apart", student.softmax(a), SoftmaxCases.agreement(k, 300 * n + 5),
          "hint.softmax.rows");
    }
  }

  @Test
  @PublicInputs
  void scoresSpreadWiderThanExpCanReachDoNotOverflow(Implementations impl) {
    Softmax s = impl.get(Softmax.class);
    // exp(±800) is outside double's range whichever point is subtracted, unless it is the maximum
    close("softmax(-800, 800)", new double[] {0, 1}, s.softmax(new double[] {-800, 800}), Tolerance.abs(0), "hint.softmax.overflow");
    close("softmax(-1000, 1000, 0)", new double[] {0, 1, 0}, s.softmax(new double[] {-1000, 1000, 0}), Tolerance.abs(0), "hint.softmax.overflow");
    close("softmax(1000, -1000, 1000 - ln 3)", new double[] {0.75, 0, 0.25}, s.softmax(new double[] {1000, -1000, 1000 - Math.log(3)}),
        Tolerance.of(1e-15, 1e-12), "hint.softmax.overflow");
    close("softmax(700)", new double[] {1}, s.softmax(new double[] {700}), Tolerance.abs(0), "hint.softmax.overflow");
    close("softmax of the rows (-800, 800) and (800, -800)", new double[][] {{0, 1}, {1, 0}}, s.softmax(new double[][] {{-800, 800}, {800, -800}}),
        Tolerance.abs(0), "hint.softmax.overflow");
  }

  @Test
  void theInputsStayAsTheyWereAndEveryRowIsANewArray(Implementations impl) {
    Softmax s = impl.get(Softmax.class);
    RandomGenerator r = random("inputs");
    int[] sz = Sizes.primes(r, 2);
    double[] v = Numeric.uniform(r, sz[1], -5, 5), v0 = v.clone();
    double[] y = s.softmax(v);
    close("the input of the 1-D softmax after the call", v0, v, Tolerance.abs(0), "hint.softmax.input");
    holds("the 1-D softmax returns a new array, not its input", y != v, "hint.softmax.input");
    double[][] a = Numeric.uniform(r, sz[0], sz[1], -5, 5), a0 = Numeric.copy(a);
    double[][] ys = s.softmax(a);
    close("the input of the batch softmax after the call", a0, a, Tolerance.abs(0), "hint.softmax.input");
    boolean distinct = ys != null && ys != a;
    for (int i = 0; distinct && i < ys.length; i++) {
      for (int j = 0; j < a.length; j++) {
        distinct &= ys[i] != a[j];
      }
      for (int j = 0; j < i; j++) {
        distinct &= ys[i] != ys[j];
      }
    }
    holds("every row of the batch softmax is a new array (not a row of the input, not another output row)", distinct, "hint.softmax.input");
    close("a second batch softmax of the same scores", ys, s.softmax(a), Tolerance.abs(0), "hint.softmax.input");
  }
}
