package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.function.Linearity;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.contracts.LinearityContract;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases, and the sentences of the Javadoc the
 * public tests leave open: "every pair" (functions that are wrong only on a pair (xs[i], ys[j]) with
 * i ≠ j), "both" properties for isLinear, xs as the second summands, and the tolerance relative to
 * max(1, |a|, |b|) for large and for small values. The functions are built so that the right answer
 * is known; their values are small integers, exact in double.
 */
public class LinearityHiddenTests extends LinearityContract {
  private static final double TOL = 1e-9;

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** {@code n} different non-zero integers in [−range, range]. */
  private static double[] integers(RandomGenerator r, int n, int range) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      double c;
      do {
        c = r.nextInt(-range, range + 1);
      } while (c == 0 || contains(Arrays.copyOf(v, i), c));
      v[i] = c;
    }
    return v;
  }

  private static boolean contains(double[] v, double c) {
    for (double e : v) {
      if (e == c) {
        return true;
      }
    }
    return false;
  }

  /** x ↦ 3x, except at {@code defect} where it is 3·defect + 1. */
  private static DoubleUnaryOperator threeXExceptAt(double defect) {
    return v -> v == defect ? 3 * v + 1 : 3 * v;
  }

  @Test
  void additivityIsCheckedOnEveryPairNotOnlyOnXsIWithYsI(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    RandomGenerator r = random("additive-pairs");
    for (int trial = 0; trial < trials(); trial++) {
      double[] xs, ys;
      double s;
      boolean fits;
      do {
        xs = integers(r, 4, 30);
        ys = integers(r, 3, 30);
        int i = r.nextInt(4), j = r.nextInt(3);
        if (i == j) {
          i = 3;
        }
        s = xs[i] + ys[j];
        fits = !contains(xs, s) && !contains(ys, s);
        for (int k = 0; k < 3; k++) {
          fits &= xs[k] + ys[k] != s;
        }
      } while (!fits);
      holds("isAdditive(f, xs = " + Arrays.toString(xs) + ", ys = " + Arrays.toString(ys) + ") == false for f = 3x except f(" + s + ") = 3·" + s + " + 1",
          !l.isAdditive(threeXExceptAt(s), xs, ys, TOL), "hint.linearity.pairs");
    }
  }

  @Test
  void homogeneityIsCheckedOnEveryPairNotOnlyOnXsIWithKsI(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    RandomGenerator r = random("homogeneous-pairs");
    for (int trial = 0; trial < trials(); trial++) {
      double[] xs, ks;
      double p;
      boolean fits;
      do {
        xs = integers(r, 4, 12);
        ks = integers(r, 3, 5);
        int i = r.nextInt(4), j = r.nextInt(3);
        if (i == j) {
          i = 3;
        }
        p = ks[j] * xs[i];
        fits = !contains(xs, p);
        for (int k = 0; k < 3; k++) {
          fits &= ks[k] * xs[k] != p;
        }
      } while (!fits);
      holds("isHomogeneous(f, xs = " + Arrays.toString(xs) + ", ks = " + Arrays.toString(ks) + ") == false for f = 3x except f(" + p + ") = 3·" + p + " + 1",
          !l.isHomogeneous(threeXExceptAt(p), xs, ks, TOL), "hint.linearity.pairs");
    }
  }

  @Test
  void isLinearNeedsBothProperties(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    RandomGenerator r = random("both");
    for (int trial = 0; trial < trials(); trial++) {
      double[] positive = integers(r, 5, 40);
      for (int i = 0; i < positive.length; i++) {
        positive[i] = Math.abs(positive[i]);
      }
      DoubleUnaryOperator abs = Math::abs, cube = v -> v * v * v;
      String xs = Arrays.toString(positive);
      // |x| is additive on positive numbers but not homogeneous for k = −1
      holds("isAdditive(|x|, xs = " + xs + ", xs) == true", l.isAdditive(abs, positive, positive, TOL), "hint.linearity.additive");
      holds("isLinear(|x|, xs = " + xs + ", ks = [-1, 2]) == false", !l.isLinear(abs, positive, new double[] {-1, 2}, TOL), "hint.linearity.both");
      // x³ is homogeneous for k = ±1 but not additive
      holds("isHomogeneous(x³, xs = " + xs + ", ks = [-1, 1]) == true", l.isHomogeneous(cube, positive, new double[] {-1, 1}, TOL), "hint.linearity.homogeneous");
      holds("isLinear(x³, xs = " + xs + ", ks = [-1, 1]) == false", !l.isLinear(cube, positive, new double[] {-1, 1}, TOL), "hint.linearity.both");
    }
  }

  @Test
  void isLinearTakesTheXsAsTheSecondSummands(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    RandomGenerator r = random("summands");
    for (int trial = 0; trial < trials(); trial++) {
      double[] xs, ks;
      double s;
      boolean fits;
      do {
        xs = integers(r, 4, 30);
        ks = integers(r, 3, 5);
        // x + x for one x: every way of pairing xs with xs meets it, pairing xs with ks does not
        s = 2 * xs[r.nextInt(4)];
        fits = s != 0 && !contains(xs, s) && !contains(ks, s);
        for (double x : xs) {
          for (double k : ks) {
            fits &= x + k != s && k * x != s;
          }
        }
      } while (!fits);
      holds("isLinear(f, xs = " + Arrays.toString(xs) + ", ks = " + Arrays.toString(ks) + ") == false for f = 3x except f(" + s + ") = 3·" + s
          + " + 1, " + s + " being twice one of the xs", !l.isLinear(threeXExceptAt(s), xs, ks, TOL), "hint.linearity.summands");
    }
  }

  @Test
  void theToleranceIsRelativeToTheLargerValueAndAbsoluteBelowOne(Implementations impl) {
    Linearity l = impl.get(Linearity.class);
    RandomGenerator r = random("tolerance");
    for (int trial = 0; trial < trials(); trial++) {
      // values near 1e12: f(x + y) and f(x) + f(y) differ by rounding, ~1e-4, far above 1e-9 but ~1e-16 relative
      double slope = 1 + 5 * r.nextDouble();
      double[] large = Numeric.uniform(r, 6, -1e12, 1e12), ks = Numeric.uniform(r, 3, -5, 5);
      holds("isLinear(x -> " + slope + "·x, xs near 1e12, tolerance " + TOL + ") == true", l.isLinear(v -> slope * v, large, ks, TOL), "hint.linearity.tolerance");
      // values near 1e-6: an offset of 1e-12 is within 1e-9·max(1, |a|, |b|) = 1e-9, so the function counts as linear
      double[] small = Numeric.uniform(r, 6, -1e-6, 1e-6);
      holds("isLinear(x -> " + slope + "·x + 1e-12, xs near 1e-6, tolerance " + TOL + ") == true", l.isLinear(v -> slope * v + 1e-12, small, ks, TOL),
          "hint.linearity.tolerance");
    }
    // the boundary itself counts as equal (≤, as the contract and NumPy's isclose): f(0 + 0) = 0.25 against
    // f(0) + f(0) = 0.5 differ by exactly 0.25 = 0.25·max(1, 0.25, 0.5), every number exact in binary
    holds("isAdditive(x -> x + 0.25, xs = [0], ys = [0], tolerance 0.25) == true (a difference equal to the tolerance)",
        l.isAdditive(v -> v + 0.25, new double[] {0}, new double[] {0}, 0.25), "hint.linearity.tolerance");
  }
}
