package dev.nngrade.exercises.testkit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link SoftmaxCases#agreement}: every correct form of softmax written out here agrees with the
 * reference's form within it, on the kind of rows the hidden softmax suite draws (scores up to
 * ±8·10⁵, up to 21 classes) and beyond, over many seeds; and it is not so loose that a wrong form
 * passes.
 */
class SoftmaxToleranceTests {
  private static double max(double[] a) {
    double m = a[0];
    for (double v : a) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** The reference's algorithm (nn-core's Softmax.row): shift by the max, StrictMath.exp, a sum from the left, a division. */
  static double[] reference(double[] a) {
    double m = max(a), sum = 0;
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      y[i] = StrictMath.exp(a[i] - m);
      sum += y[i];
    }
    for (int i = 0; i < a.length; i++) {
      y[i] = y[i] / sum;
    }
    return y;
  }

  /** Log-sum-exp: y_k = exp(a_k − (m + log Σ exp(a_i − m))). */
  static double[] logSumExp(double[] a) {
    double m = max(a), s = 0;
    for (double v : a) {
      s += Math.exp(v - m);
    }
    double lse = m + Math.log(s);
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.exp(a[i] - lse);
    }
    return y;
  }

  /** Log-sum-exp associated the other way: exp((a_k − m) − log Σ). */
  static double[] logSumExpShifted(double[] a) {
    double m = max(a), s = 0;
    for (int i = a.length - 1; i >= 0; i--) {
      s += StrictMath.exp(a[i] - m);
    }
    double log = StrictMath.log(s);
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      y[i] = StrictMath.exp((a[i] - m) - log);
    }
    return y;
  }

  private static double pairwise(double[] v, int from, int to) {
    if (to - from == 1) {
      return v[from];
    }
    int mid = (from + to) >>> 1;
    return pairwise(v, from, mid) + pairwise(v, mid, to);
  }

  /** Math.exp, a pairwise sum, and a reciprocal multiplied in. */
  static double[] pairwiseReciprocal(double[] a) {
    double m = max(a);
    double[] e = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      e[i] = Math.exp(a[i] - m);
    }
    double inv = 1 / pairwise(e, 0, e.length);
    for (int i = 0; i < a.length; i++) {
      e[i] *= inv;
    }
    return e;
  }

  /** Math.pow(Math.E, ·) and a compensated (Kahan) sum. */
  static double[] powKahan(double[] a) {
    double m = max(a), sum = 0, c = 0;
    double[] e = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      e[i] = Math.pow(Math.E, a[i] - m);
      double yv = e[i] - c, t = sum + yv;
      c = (t - sum) - yv;
      sum = t;
    }
    for (int i = 0; i < a.length; i++) {
      e[i] /= sum;
    }
    return e;
  }

  /** y_k = 1 / Σ_i exp(a_i − a_k): no max at all, overflow to ∞ gives the right limit 0. */
  static double[] ratios(double[] a) {
    double[] y = new double[a.length];
    for (int k = 0; k < a.length; k++) {
      double s = 0;
      for (double v : a) {
        s += Math.exp(v - a[k]);
      }
      y[k] = 1 / s;
    }
    return y;
  }

  /** Shifts only where exp could overflow or every term underflow; otherwise exp(a) as it is. */
  static double[] shiftOnlyWhenNeeded(double[] a) {
    double m = max(a), lo = -max(java.util.Arrays.stream(a).map(v -> -v).toArray());
    double shift = m > 700 || lo < -700 ? m : 0;
    double[] y = new double[a.length];
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.exp(a[i] - shift);
      s += y[i];
    }
    for (int i = 0; i < a.length; i++) {
      y[i] /= s;
    }
    return y;
  }

  /** Wrong: the sum accumulated in float. */
  static double[] floatSum(double[] a) {
    double m = max(a);
    float s = 0;
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.exp(a[i] - m);
      s += (float) y[i];
    }
    for (int i = 0; i < a.length; i++) {
      y[i] /= s;
    }
    return y;
  }

  private static final Map<String, UnaryOperator<double[]>> CORRECT = new LinkedHashMap<>();

  static {
    CORRECT.put("log-sum-exp", SoftmaxToleranceTests::logSumExp);
    CORRECT.put("log-sum-exp, shifted first", SoftmaxToleranceTests::logSumExpShifted);
    CORRECT.put("pairwise sum, reciprocal", SoftmaxToleranceTests::pairwiseReciprocal);
    CORRECT.put("pow(e, x), Kahan sum", SoftmaxToleranceTests::powKahan);
    CORRECT.put("1 / Σ exp(a_i − a_k)", SoftmaxToleranceTests::ratios);
    CORRECT.put("shift only when needed", SoftmaxToleranceTests::shiftOnlyWhenNeeded);
  }

  /** The largest |y − reference| / allowed over every element, and whether any element was outside. */
  private static double worst(UnaryOperator<double[]> impl, double[] a, Tolerance tol) {
    double[] ref = reference(a), y = impl.apply(a);
    double w = 0;
    for (int i = 0; i < a.length; i++) {
      double ratio = tol.accepts(ref[i], y[i]) ? Math.abs(ref[i] - y[i]) / tol.allowed(ref[i]) : Double.POSITIVE_INFINITY;
      w = Math.max(w, ratio);
    }
    return w;
  }

  @Test
  void everyCorrectFormStaysWithinTheToleranceOverManySeeds() {
    Map<String, Double> worst = new LinkedHashMap<>();
    int rows = 0;
    for (long seed = 0; seed < 400; seed++) {
      RandomGenerator r = Numeric.random(seed);
      for (int t = 0; t < 6; t++) {
        double scale = Math.pow(10, t - 2), bound = 800 * scale;
        int k = 1 + r.nextInt(40);
        double[] a = Numeric.uniform(r, k, -bound, bound);
        if (seed % 4 == 0) {
          // many scores close to the maximum: the sum has many terms near 1
          for (int i = 0; i < k; i++) {
            a[i] = a[0] + (r.nextDouble() - 0.5) * Math.min(1, bound);
          }
        }
        Tolerance tol = SoftmaxCases.agreement(k, bound);
        for (var e : CORRECT.entrySet()) {
          double w = worst(e.getValue(), a, tol);
          worst.merge(e.getKey(), w, Math::max);
          assertTrue(w <= 1, () -> e.getKey() + " differs from the reference beyond " + tol + " on a row of " + k + " scores up to " + bound);
        }
        rows++;
      }
    }
    assertEquals(2400, rows);
    // the bound is not loose by orders of magnitude: some correct form uses a good part of it
    double largest = worst.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    System.out.println("largest share of the tolerance used, per form: " + worst);
    assertTrue(largest > 1.0 / 64, "the largest use of the tolerance was only " + largest + " (" + worst + ")");
  }

  @Test
  void aFixedTolerance1e12RelativeFailsCorrectFormsAtLargeScores() {
    boolean failed = false;
    for (long seed = 0; seed < 200 && !failed; seed++) {
      // scores within a few units of each other, near 8e5: every output counts and every shift rounds
      RandomGenerator r = Numeric.random(seed);
      double base = (r.nextBoolean() ? 1 : -1) * 8e5 * (0.5 + 0.5 * r.nextDouble());
      double[] a = Numeric.uniform(r, 20, base - 5, base + 5);
      failed = worst(SoftmaxToleranceTests::logSumExp, a, Tolerance.of(1e-15, 1e-12)) > 1;
    }
    assertTrue(failed, "log-sum-exp stayed within 1e-12 relative of the reference at scores of ±8e5");
  }

  @Test
  void aWrongFormIsRejected() {
    boolean rejected = false;
    for (long seed = 0; seed < 50 && !rejected; seed++) {
      double[] a = Numeric.uniform(Numeric.random(seed), 10, -8, 8);
      rejected = worst(SoftmaxToleranceTests::floatSum, a, SoftmaxCases.agreement(10, 8)) > 1;
    }
    assertTrue(rejected, "a softmax summed in float passed");
  }
}
