package dev.nngrade.grader.suites;

import dev.nngrade.contract.function.Softmax;
import dev.nngrade.exercises.testkit.Expect;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.solution.SoftmaxImpl;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import dev.nngrade.exercises.testkit.contracts.SoftmaxContract;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference solution. */
public class SoftmaxHiddenTests extends SoftmaxContract {
  @Override
  protected long seed() {
    return HiddenSeeds.of(getClass());
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  @Test
  void agreesWithTheReferenceOnWideRangesAndABatchOfOne(Implementations impl) {
    Softmax student = impl.get(Softmax.class);
    Softmax reference = new SoftmaxImpl();
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      double scale = Math.pow(10, trial - 2);
      double[][] a = Numeric.uniform(r, 1 + trial % 2 * 4, 2 + r.nextInt(20), -800 * scale, 800 * scale);
      Expect.close("softmax of a batch (" + a.length + " rows, scale " + scale + ")", reference.softmax(a), student.softmax(a), Tolerance.of(1e-15, 1e-12), "hint.softmax.formula");
    }
  }
}
