package dev.nngrade.grader.suites;

import dev.nngrade.contract.function.AffineTransform;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.AffineTransformContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Hidden: the contract with hidden seeds and more random cases, and comparisons with the reference (judged in the host). */
public class AffineTransformHiddenTests extends AffineTransformContract {
  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  @Test
  void batchAgreesWithTheReference(Implementations impl) {
    AffineTransform student = impl.get(AffineTransform.class);
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int n = 1 + r.nextInt(8), in = 1 + r.nextInt(9), out = 1 + r.nextInt(9);
      double[][] x = Numeric.uniform(r, n, in, -3, 3), w = Numeric.uniform(r, in, out, -3, 3);
      double[] b = Numeric.uniform(r, out, -3, 3);
      Judge.same("rows(X, W, b), X " + n + "x" + in + ", W " + in + "x" + out, student.rows(x, w, b), Tolerance.of(1e-12, 1e-12), "hint.affine.rows");
    }
  }
}
