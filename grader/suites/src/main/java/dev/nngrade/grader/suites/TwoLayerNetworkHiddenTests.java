package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.TwoLayerNetworkContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and every method compared with the reference (judged in the
 * host), not only the gradient with central differences of the student's own loss: shapes whose four
 * sizes (N, in, hidden, out) all differ, N = 1 included; several calls on one network with its
 * parameters changed in place in between (as an optimizer does); scores beyond exp's range.
 *
 * <p>Tolerances: predict, loss and gradient are sums of at most 11 products of values of a few units,
 * through exp and log: any order of operations stays within about 1e-14 of the reference, so 1e-12
 * absolute and 1e-9 relative hold predict and loss. Gradients are compared within 1e-2 relative (see
 * GRADIENT), which a numerical gradient also passes, so that only gradientDoesNotFallBackToTheNumericalGradient
 * fails it (at 1e-10), with the hint that says so.
 * Comparisons with a new network made with the current values are exact: same implementation, same
 * inputs, same bits. The numerical gradient divides a difference of two losses
 * by 2h = 2e-4, so a loss's last-bit differences (1e-16 of a loss of a few units) become 1e-11: 1e-9
 * absolute plus 1e-6 relative holds it, while a forward difference is off by h·L''/2, about 1e-5.
 */
public class TwoLayerNetworkHiddenTests extends TwoLayerNetworkContract {
  private static final List<String> KEYS = List.of("W1", "b1", "W2", "b2");
  private static final Tolerance TOL = Tolerance.of(1e-12, 1e-9);
  /**
   * Gradients: 1e-2 relative (plus 1e-6 absolute) lets a numerical gradient through (off by h² terms and
   * by δ/y_t, the 1e-7 inside the log that the textbook's backward ignores, up to 1e-3 relative where
   * a target's probability is small), so that only the test made to tell it apart fails it, with its
   * own hint; every formula mistake aimed at is off by 29 % or more (1/K for 1/N with N ≠ K from {1, 2,
   * 3, 5, 7}, a mean for a sum, a missing or extra factor).
   */
  private static final Tolerance GRADIENT = Tolerance.of(1e-6, 1e-2);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** (N, in, hidden, out): four different sizes from {1, 2, 3, 5, 7} (N = 1 now and then; out ≥ 2). */
  private static int[] sizes(RandomGenerator r) {
    int[] s = Numeric.shuffle(r, new int[] {1, 2, 3, 5, 7});
    int out = s[3] == 1 ? s[4] : s[3];
    int n = s[3] == 1 ? 1 : s[0];
    return new int[] {n, s[1], s[2], out};
  }

  private static String shapes(int[] s) {
    return " (N " + s[0] + ", in " + s[1] + ", hidden " + s[2] + ", out " + s[3] + ")";
  }

  private static double[][] targets(RandomGenerator r, int n, int k) {
    double[][] t = new double[n][k];
    for (double[] row : t) {
      row[r.nextInt(k)] = 1;
    }
    return t;
  }

  private static void judgeGradient(String what, Map<String, double[][]> g, Tolerance tol, String hint) {
    for (String key : KEYS) {
      Judge.same(what + " " + key, g == null ? null : g.get(key), tol, hint);
    }
  }

  @Test
  void gradientAgreesWithTheReference(Implementations impl) {
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = sizes(r);
      Map<String, double[][]> p = params(r, s[1], s[2], s[3]);
      double[][] x = Numeric.uniform(r, s[0], s[1], -1, 1), t = targets(r, s[0], s[3]);
      judgeGradient("gradient" + shapes(s), impl.create(TwoLayerNetwork.class, p).gradient(x, t), GRADIENT, "hint.tln.gradient");
    }
  }

  @Test
  void predictLossAndAccuracyAgreeWithTheReference(Implementations impl) {
    RandomGenerator r = random("predict");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = sizes(r);
      Map<String, double[][]> p = params(r, s[1], s[2], s[3]);
      double[][] x = Numeric.uniform(r, s[0] + 4, s[1], -2, 2), t = targets(r, s[0] + 4, s[3]);
      TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
      String what = shapes(s) + " on " + (s[0] + 4) + " rows";
      Judge.same("predict" + what, net.predict(Numeric.copy(x)), TOL, "hint.tln.predict");
      Judge.same("loss" + what, net.loss(Numeric.copy(x), Numeric.copy(t)), TOL, "hint.tln.loss");
      Judge.same("accuracy" + what, net.accuracy(Numeric.copy(x), Numeric.copy(t)), TOL, "hint.tln.accuracy");
    }
  }

  private static Map<String, double[][]> copies(Map<String, double[][]> p) {
    Map<String, double[][]> c = new LinkedHashMap<>();
    p.forEach((k, v) -> c.put(k, Numeric.copy(v)));
    return c;
  }

  /**
   * One network, three rounds of predict and gradient on a new batch followed by an optimizer-like
   * step on its parameter arrays in place: each result is that of a new network made with the current
   * values (which is compared with the reference first), so nothing is kept from earlier calls or from
   * the arrays' values at construction.
   */
  @Test
  void severalCallsWithParametersChangedInPlace(Implementations impl) {
    RandomGenerator r = random("calls");
    int[] s = sizes(r);
    Map<String, double[][]> p = params(r, s[1], s[2], s[3]);
    TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
    for (int call = 1; call <= 3; call++) {
      int n = 2 + r.nextInt(4);
      double[][] x = Numeric.uniform(r, n, s[1], -1, 1), t = targets(r, n, s[3]);
      String what = " of round " + call + shapes(s) + " on " + n + " rows";
      TwoLayerNetwork fresh = impl.create(TwoLayerNetwork.class, copies(p));
      double[][] y = Copies.of(fresh.predict(Numeric.copy(x)));
      Map<String, double[][]> g = fresh.gradient(Numeric.copy(x), Numeric.copy(t));
      Judge.same("predict" + what, y, TOL, "hint.tln.predict");
      judgeGradient("gradient" + what, g, GRADIENT, "hint.tln.gradient");
      close("predict" + what + ", against a new network made with the current parameter values", y, net.predict(Numeric.copy(x)), Tolerance.abs(0),
          "hint.tln.params-in-place");
      Map<String, double[][]> again = net.gradient(Numeric.copy(x), Numeric.copy(t));
      for (String key : KEYS) {
        close("gradient " + key + what + ", against a new network made with the current parameter values", g.get(key), again == null ? null : again.get(key),
            Tolerance.abs(0), "hint.tln.gradient-fresh");
      }
      for (double[][] m : p.values()) {
        for (double[] row : m) {
          for (int j = 0; j < row.length; j++) {
            row[j] -= 0.3 * r.nextDouble();
          }
        }
      }
    }
  }

  /** numericalGradient's values (central differences of the loss, h = 1e-4) and the parameters, restored to the bit afterwards. */
  @Test
  void numericalGradientAgreesWithTheReference(Implementations impl) {
    RandomGenerator r = random("numerical-reference");
    for (int trial = 0; trial < 3; trial++) {
      int[] s = sizes(r);
      Map<String, double[][]> p = params(r, s[1], s[2], s[3]);
      Map<String, double[][]> before = new LinkedHashMap<>();
      p.forEach((k, v) -> before.put(k, Numeric.copy(v)));
      double[][] x = Numeric.uniform(r, s[0], s[1], -1, 1), t = targets(r, s[0], s[3]);
      TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
      judgeGradient("numericalGradient" + shapes(s), net.numericalGradient(x, t), Tolerance.of(1e-9, 1e-6), "hint.tln.numerical");
      for (String key : KEYS) {
        close(key + " after numericalGradient" + shapes(s) + " (it must be restored to the bit)", before.get(key), p.get(key), Tolerance.abs(0), "hint.tln.restore");
      }
    }
  }

  /** Weights of a few thousand make the scores a2 reach ±2000: softmax must subtract the maximum. */
  @Test
  void scoresBeyondExpsRange(Implementations impl) {
    RandomGenerator r = random("overflow");
    int[] s = {4, 3, 5, 3};
    Map<String, double[][]> p = params(r, s[1], s[2], s[3]);
    for (double[] row : p.get("W2")) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= 3000;
      }
    }
    double[][] x = Numeric.uniform(r, s[0], s[1], -2, 2), t = targets(r, s[0], s[3]);
    TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
    // a2 of a few thousand carries rounding of about 5·ulp(4096) = 4.5e-12 in any order of summation, which exp turns into a relative error of that size
    Tolerance tol = Tolerance.of(1e-12, 1e-10);
    Judge.same("predict with W2 scaled by 3000" + shapes(s), net.predict(Numeric.copy(x)), tol, "hint.tln.overflow");
    Judge.same("loss with W2 scaled by 3000" + shapes(s), net.loss(Numeric.copy(x), Numeric.copy(t)), tol, "hint.tln.overflow");
  }

  /**
   * Lecture 004: gradient() is backprop; a numerical gradient in disguise is not. Observed by its
   * values, not by watching calls (a final class or a method that looks at its own class would hide
   * from a spy): with weights and inputs of a few units, central differences with h = 1e-4 are off by
   * about 1e-7 relative, backprop in any order of operations by about 1e-14.
   */
  @Test
  void gradientDoesNotFallBackToTheNumericalGradient(Implementations impl) {
    RandomGenerator r = random("no-numerical");
    int in = 6, hidden = 5, out = 3, n = 4;
    Map<String, double[][]> p = params(r, in, hidden, out);
    for (double[][] m : p.values()) {
      for (double[] row : m) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= 3;
        }
      }
    }
    double[][] x = Numeric.uniform(r, n, in, -3, 3), t = new double[n][out];
    for (int i = 0; i < n; i++) {
      t[i][i % out] = 1;
    }
    Map<String, double[][]> actual = impl.create(TwoLayerNetwork.class, p).gradient(x, t);
    // first within 1e-2 (a wrong formula fails here, with the formula's hint), then within 1e-10 (a numerical gradient fails here)
    judgeGradient("gradient of a network with large weights (within 1e-2)", actual, GRADIENT, "hint.tln.gradient");
    judgeGradient("gradient of a network with large weights (within 1e-10)", actual, Tolerance.of(1e-13, 1e-10), "hint.tln.backprop-not-numerical");
  }
}
