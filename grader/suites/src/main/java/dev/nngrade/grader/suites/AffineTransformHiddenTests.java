package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;
import static dev.nngrade.exercises.testkit.Expect.rejects;

import dev.nngrade.contract.function.AffineTransform;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.AffineTransformContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; every shape non-square (pairwise
 * different primes, so that W and Wᵀ, or N and the output width, never fit the same code);
 * comparisons with the reference (judged in the host); inputs left as they were; every shape
 * mismatch the Javadoc's {@code @throws} covers.
 */
public class AffineTransformHiddenTests extends AffineTransformContract {
  /**
   * Sums of at most 13 products of values below 3 in magnitude: any order of the additions (or fma)
   * stays within a few ulps of the largest partial sum (≤ 13·9 + 3), so 1e-12 absolute and relative
   * is loose for every correct order and far below any wrong term.
   */
  private static final Tolerance SUMS = Tolerance.of(1e-12, 1e-12);

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
      int[] s = Sizes.primes(r, 3);
      // a batch of one row in one trial: the row form must not treat N = 1 specially
      int n = trial == 0 ? 1 : s[0], in = s[1], out = s[2];
      double[][] x = Numeric.uniform(r, n, in, -3, 3), w = Numeric.uniform(r, in, out, -3, 3);
      double[] b = Numeric.uniform(r, out, -3, 3);
      Judge.same("rows(X, W, b), X " + n + "x" + in + ", W " + in + "x" + out, student.rows(x, w, b), SUMS, "hint.affine.rows");
    }
  }

  @Test
  void columnFormAgreesWithTheReferenceOnTallAndWideWeights(Implementations impl) {
    AffineTransform student = impl.get(AffineTransform.class);
    RandomGenerator r = random("column");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = Sizes.primes(r, 2);
      // W [out][in] with out > in and with out < in, and a single output or input
      int out = trial == 0 ? 1 : trial % 2 == 0 ? Math.max(s[0], s[1]) : Math.min(s[0], s[1]);
      int in = trial == 1 ? 1 : out == Math.max(s[0], s[1]) ? Math.min(s[0], s[1]) : Math.max(s[0], s[1]);
      double[][] w = Numeric.uniform(r, out, in, -3, 3);
      double[] x = Numeric.uniform(r, in, -3, 3), b = Numeric.uniform(r, out, -3, 3);
      Judge.same("column(W, x, b), W " + out + "x" + in, student.column(w, x, b), SUMS, "hint.affine.column");
    }
  }

  @Test
  void inputsStayAsTheyWereAndEveryResultIsANewArray(Implementations impl) {
    AffineTransform f = impl.get(AffineTransform.class);
    RandomGenerator r = random("inputs");
    int[] s = Sizes.primes(r, 3);
    double[][] w = Numeric.uniform(r, s[0], s[1], -1, 1);
    double[] x = Numeric.uniform(r, s[1], -1, 1), b = Numeric.uniform(r, s[0], -1, 1);
    double[][] w0 = Numeric.copy(w);
    double[] x0 = x.clone(), b0 = b.clone();
    double[] u = f.column(w, x, b);
    close("b after column(W, x, b)", b0, b, Tolerance.abs(0), "hint.affine.inputs");
    close("x after column(W, x, b)", x0, x, Tolerance.abs(0), "hint.affine.inputs");
    close("W after column(W, x, b)", w0, w, Tolerance.abs(0), "hint.affine.inputs");
    holds("column(W, x, b) returns a new array, not b or x", u != b && u != x, "hint.affine.inputs");
    close("a second column(W, x, b) with the same arguments", u, f.column(w, x, b), Tolerance.abs(0), "hint.affine.inputs");

    // the same W as the row form's [in][out]: X [s2][s0], b [s1]
    double[][] xs = Numeric.uniform(r, s[2], s[0], -1, 1);
    double[] c = Numeric.uniform(r, s[1], -1, 1), c0 = c.clone();
    double[][] xs0 = Numeric.copy(xs);
    double[][] u2 = f.rows(xs, w, c);
    close("b after rows(X, W, b)", c0, c, Tolerance.abs(0), "hint.affine.inputs");
    close("X after rows(X, W, b)", xs0, xs, Tolerance.abs(0), "hint.affine.inputs");
    close("W after rows(X, W, b)", w0, w, Tolerance.abs(0), "hint.affine.inputs");
    boolean distinct = u2 != null;
    for (int i = 0; distinct && i < u2.length; i++) {
      distinct = u2[i] != c;
      for (int j = 0; j < i; j++) {
        distinct &= u2[i] != u2[j];
      }
    }
    holds("every row of rows(X, W, b) is an array of its own (not b, not another row)", distinct, "hint.affine.inputs");
  }

  @Test
  @PublicInputs
  void everyShapeThatDoesNotFitIsRejected(Implementations impl) {
    AffineTransform f = impl.get(AffineTransform.class);
    // column form, W [3][2]: x must have 2 elements and b 3
    rejects("column(W [3][2], x [2], b [4])", "hint.affine.reject-column", () -> f.column(new double[3][2], new double[2], new double[4]));
    rejects("column(W [3][2], x [2], b [2])", "hint.affine.reject-column", () -> f.column(new double[3][2], new double[2], new double[2]));
    rejects("column(W [3][2], x [1], b [3])", "hint.affine.reject-column", () -> f.column(new double[3][2], new double[1], new double[3]));
    // row form, W [2][5]: rows of X must have 2 elements and b 5
    rejects("rows(X [3][2], W [2][5], b [3])", "hint.affine.reject-rows", () -> f.rows(new double[3][2], new double[2][5], new double[3]));
    rejects("rows(X [3][2], W [2][5], b [7])", "hint.affine.reject-rows", () -> f.rows(new double[3][2], new double[2][5], new double[7]));
    rejects("rows(X [3][5], W [2][5], b [5])", "hint.affine.reject-rows", () -> f.rows(new double[3][5], new double[2][5], new double[5]));
    rejects("rows(X [3][1], W [2][5], b [5])", "hint.affine.reject-rows", () -> f.rows(new double[3][1], new double[2][5], new double[5]));
  }
}
