package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.function.NumericalGradient;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.NumericalGradientContract;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; x restored to the same doubles, the
 * gradient of functions whose variables interact compared with the reference (judged in the host),
 * descend with other learning rates and step counts than the lecture's 0.1 and 100, and descend on a
 * function whose variables interact (the whole gradient is taken before any element moves).
 */
public class NumericalGradientHiddenTests extends NumericalGradientContract {
  /**
   * The same central differences of the same function values: implementations differ only in how
   * they divide by 2h (by 2h, by 2 then h, or times 1/2h), a few ulps of gradients of a few units.
   */
  private static final Tolerance GRADIENT = Tolerance.of(1e-12, 1e-12);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** Σ sin(x_i)·x_{i+1} + Σ c_i x_i³: every variable interacts with its neighbours. */
  private static ToDoubleFunction<double[]> coupled(double[] c) {
    return v -> {
      double s = 0;
      for (int i = 0; i < v.length; i++) {
        s += c[i] * v[i] * v[i] * v[i] + (i + 1 < v.length ? Math.sin(v[i]) * v[i + 1] : 0);
      }
      return s;
    };
  }

  /** Σ c_i x_i² + Σ d_i x_i x_{i+1}, positive definite for c in [1, 2] and |d| ≤ 0.5 (its Hessian's eigenvalues lie in [1, 5]). */
  private static ToDoubleFunction<double[]> quadratic(double[] c, double[] d) {
    return v -> {
      double s = 0;
      for (int i = 0; i < v.length; i++) {
        s += c[i] * v[i] * v[i] + (i + 1 < v.length ? d[i] * v[i] * v[i + 1] : 0);
      }
      return s;
    };
  }

  @Test
  void xIsRestoredToTheSameDoubles(Implementations impl) {
    NumericalGradient ng = impl.get(NumericalGradient.class);
    RandomGenerator r = random("restore");
    for (int trial = 0; trial < trials(); trial++) {
      int n = Sizes.primes(r, 1)[0];
      // values whose ulp differs from h's: x + h − h, or x + h − 2h + h, rounds to another double for most of them
      double[] x = Numeric.uniform(r, n, -3, 3), before = x.clone();
      ng.gradient(coupled(Numeric.uniform(r, n, -1, 1)), x);
      close("x after gradient(f, x), " + n + " elements (the same doubles)", before, x, Tolerance.abs(0), "hint.ng.restore-exact");
    }
  }

  @Test
  void gradientOfFunctionsWhoseVariablesInteractAgreesWithTheReference(Implementations impl) {
    NumericalGradient ng = impl.get(NumericalGradient.class);
    RandomGenerator r = random("coupled");
    for (int trial = 0; trial < trials(); trial++) {
      int n = trial == 0 ? 1 : Sizes.primes(r, 1)[0];
      double[] c = Numeric.uniform(r, n, -1, 1), x = Numeric.uniform(r, n, -2, 2), moved = x.clone();
      double[] g = ng.gradient(coupled(c), moved);
      // an element left moved changes the derivatives taken after it: that mistake first
      close("x after gradient(f, x), " + n + " elements", x, moved, Tolerance.abs(0), "hint.ng.restore-exact");
      Judge.same("gradient of Σ c_i x_i³ + Σ sin(x_i) x_(i+1), " + n + " variables", g, GRADIENT, "hint.ng.central");
    }
  }

  @Test
  void descendUsesTheLearningRateAndTheStepsItIsGiven(Implementations impl) {
    NumericalGradient ng = impl.get(NumericalGradient.class);
    RandomGenerator r = random("arguments");
    double[][] settings = {{0.03, 7}, {0.2, 31}, {0.07, 100}, {0.1, 12}};
    for (double[] setting : settings) {
      int n = Sizes.primes(r, 1)[0];
      double[] c = Numeric.uniform(r, n, 1, 2), init = Numeric.uniform(r, n, -3, 3);
      double lr = setting[0];
      int steps = (int) setting[1];
      // a separable function: the order of the element updates does not matter here
      double[] x = ng.descend(quadratic(c, new double[n]), init.clone(), lr, steps);
      // the numerical gradient of a quadratic is exact up to rounding; 1e-10 covers every order of operations over ≤ 100 steps
      Judge.same("descend(Σ c_i x_i², lr " + lr + ", " + steps + " steps), " + n + " variables", x, Tolerance.of(1e-13, 1e-10), "hint.ng.descend-arguments");
    }
    double[] init = {1.5, -2.5};
    double[] none = ng.descend(quadratic(new double[] {1, 1}, new double[2]), init, 0.1, 0);
    close("descend(f, (1.5, -2.5), lr 0.1, 0 steps)", new double[] {1.5, -2.5}, none, Tolerance.abs(0), "hint.ng.descend");
  }

  @Test
  void descendTakesTheWholeGradientBeforeMovingAnyElement(Implementations impl) {
    NumericalGradient ng = impl.get(NumericalGradient.class);
    RandomGenerator r = random("whole-gradient");
    for (int trial = 0; trial < 3; trial++) {
      int n = Sizes.primes(r, 1)[0] + 1;
      double[] c = Numeric.uniform(r, n, 1, 2), d = Numeric.uniform(r, n, -0.5, 0.5), init = Numeric.uniform(r, n, -3, 3);
      // the lecture's learning rate and step count, so that only the order of gradient and update decides
      double[] x = ng.descend(quadratic(c, d), init.clone(), 0.1, 100);
      Judge.same("descend(Σ c_i x_i² + Σ d_i x_i x_(i+1), lr 0.1, 100 steps), " + n + " variables", x, Tolerance.of(1e-13, 1e-8),
          "hint.ng.descend-whole-gradient");
    }
  }
}
