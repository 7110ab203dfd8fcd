package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;
import static dev.nngrade.exercises.testkit.Expect.rejects;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.SquaredErrorContract;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases for every form the interface takes
 * (not only the course's), loss and gradient compared with the reference (judged in the host) for
 * each form, and inputs left as they were.
 */
public class SquaredErrorHiddenTests extends SquaredErrorContract {
  /** A sum of at most 14 squares below 4, then one scaling: any order agrees to a few ulps. */
  private static final Tolerance LOSS = Tolerance.of(1e-15, 1e-13);
  /** (y − t) divided by 1, K or K/2 (or multiplied by 2/K): at most two roundings apart. */
  private static final Tolerance GRADIENT = Tolerance.of(1e-16, 1e-14);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** Every form: the interface takes the form as an argument, so one implementation serves every course. */
  @Override
  protected List<SquaredErrorForm> forms() {
    return List.of(SquaredErrorForm.values());
  }

  private static String gradientHint(SquaredErrorForm form) {
    return switch (form) {
      case HALF_SUM -> "hint.se.gradient-half_sum";
      case HALF_MEAN -> "hint.se.gradient-half_mean";
      case MEAN -> "hint.se.gradient-mean";
    };
  }

  private static String lossHint(SquaredErrorForm form) {
    return switch (form) {
      case HALF_SUM -> "hint.se.half_sum";
      case HALF_MEAN -> "hint.se.half_mean";
      case MEAN -> "hint.se.mean";
    };
  }

  @Test
  void everyFormAgreesWithTheReference(Implementations impl) {
    SquaredError se = impl.get(SquaredError.class);
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int k = trial == 0 ? 1 : Sizes.primes(r, 1)[0];
      double[] y = Numeric.uniform(r, k, -1, 1), t = Numeric.uniform(r, k, -1, 1);
      for (SquaredErrorForm form : SquaredErrorForm.values()) {
        String what = " (" + form + ", " + k + " elements)";
        Judge.same("loss" + what, se.loss(y.clone(), t.clone(), form), LOSS, lossHint(form));
        Judge.same("gradient" + what, se.gradient(y.clone(), t.clone(), form), GRADIENT, gradientHint(form));
      }
    }
  }

  @Test
  void theInputsStayAsTheyWereAndTheGradientIsANewArray(Implementations impl) {
    SquaredError se = impl.get(SquaredError.class);
    RandomGenerator r = random("inputs");
    for (SquaredErrorForm form : SquaredErrorForm.values()) {
      int k = Sizes.primes(r, 1)[0];
      double[] y = Numeric.uniform(r, k, -1, 1), t = Numeric.uniform(r, k, -1, 1), y0 = y.clone(), t0 = t.clone();
      double loss = se.loss(y, t, form);
      close("y after loss(y, t, " + form + ")", y0, y, Tolerance.abs(0), "hint.se.inputs");
      close("t after loss(y, t, " + form + ")", t0, t, Tolerance.abs(0), "hint.se.inputs");
      double[] g = se.gradient(y, t, form);
      close("y after gradient(y, t, " + form + ")", y0, y, Tolerance.abs(0), "hint.se.inputs");
      close("t after gradient(y, t, " + form + ")", t0, t, Tolerance.abs(0), "hint.se.inputs");
      holds("gradient(y, t, " + form + ") returns a new array, not y or t", g != y && g != t, "hint.se.inputs");
      close("loss(y, t, " + form + ") after gradient(y, t, " + form + ")", loss, se.loss(y, t, form), Tolerance.abs(0), "hint.se.inputs");
    }
  }

  /**
   * The function package's contract: shapes that do not fit throw IllegalArgumentException. Both
   * ways round, since a loop over y's length throws on its own only when t is the shorter one.
   */
  @Test
  void lengthsThatDoNotFitAreRejectedEitherWay(Implementations impl) {
    SquaredError se = impl.get(SquaredError.class);
    RandomGenerator r = random("lengths");
    int k = Sizes.primes(r, 1)[0];
    for (int[] lengths : new int[][] {{k, k + 1}, {k + 1, k}}) {
      double[] y = Numeric.uniform(r, lengths[0], -1, 1), t = Numeric.uniform(r, lengths[1], -1, 1);
      for (SquaredErrorForm form : SquaredErrorForm.values()) {
        String shapes = "y of " + lengths[0] + " elements and t of " + lengths[1] + ", " + form;
        rejects("loss(" + shapes + ")", "hint.se.reject-shape", () -> se.loss(y, t, form));
        rejects("gradient(" + shapes + ")", "hint.se.reject-shape", () -> se.gradient(y, t, form));
      }
    }
  }
}
