package dev.nngrade.grader.suites;

import dev.nngrade.contract.function.Softmax;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.SoftmaxContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference (judged in the host). */
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
      double[][] a = Numeric.uniform(r, 1 + trial % 2 * 4, 2 + r.nextInt(20), -800 * scale, 800 * scale);
      // exp(a − max) loses the ulp of the scores it subtracts: other correct orders of operations
      // (log-sum-exp) differ from the reference by a few ulps of the largest score, relative
      Judge.same("softmax of a batch (" + a.length + " rows, scale " + scale + ")", student.softmax(a),
          Tolerance.of(1e-15, 1e-12 + 8 * Math.ulp(800 * scale)), "hint.softmax.formula");
    }
  }
}
