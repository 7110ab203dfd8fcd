package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.function.Linearity;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Numeric;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.LINEARITY)
public abstract class LinearityContract extends ExerciseContract {
  private static final double[] XS = {-2, -0.5, 0.25, 1, 3};
  private static final double[] KS = {-2, 0.5, 3};
  private static final double TOL = 1e-9;

  @Test
  @PublicInputs
  void threeXIsLinearAndReluIsNot(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    holds("isLinear(x -> 3x) == true", l.isLinear(x -> 3 * x, XS, KS, TOL), "hint.linearity.linear");
    holds("isLinear(relu) == false", !l.isLinear(x -> Math.max(0, x), XS, KS, TOL), "hint.linearity.relu");
  }

  @Test
  @PublicInputs
  void eachPropertyIsDecidedOnItsOwn(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    // relu is homogeneous for k > 0 only; |x| fails homogeneity at k = -2 but is not additive either
    holds("isAdditive(relu) == false", !l.isAdditive(x -> Math.max(0, x), XS, XS, TOL), "hint.linearity.additive");
    holds("isHomogeneous(relu, k = 0.5, 3) == true", l.isHomogeneous(x -> Math.max(0, x), XS, new double[] {0.5, 3}, TOL), "hint.linearity.homogeneous");
    holds("isHomogeneous(relu, k = -2) == false", !l.isHomogeneous(x -> Math.max(0, x), XS, new double[] {-2}, TOL), "hint.linearity.homogeneous");
    holds("isAdditive(x + 1) == false", !l.isAdditive(x -> x + 1, XS, XS, TOL), "hint.linearity.additive");
    holds("isHomogeneous(x²) == false", !l.isHomogeneous(x -> x * x, XS, KS, TOL), "hint.linearity.homogeneous");
  }

  @Test
  void roundingErrorsDoNotMakeALinearFunctionNonlinear(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    RandomGenerator r = random("rounding");
    for (int trial = 0; trial < trials(); trial++) {
      double slope = 0.1 + 10 * r.nextDouble();
      double[] xs = Numeric.uniform(r, 6, -1e3, 1e3);
      holds("isLinear(x -> " + slope + "·x)", l.isLinear(x -> slope * x, xs, Numeric.uniform(r, 4, -5, 5), TOL), "hint.linearity.tolerance");
    }
  }
}
