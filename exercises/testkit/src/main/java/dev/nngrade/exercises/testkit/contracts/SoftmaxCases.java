package dev.nngrade.exercises.testkit.contracts;

import dev.nngrade.exercises.testkit.Tolerance;

/**
 * How far two correct softmax implementations can be apart, for the suites that compare a
 * submission's softmax with the reference's.
 *
 * <p>Let u = 2⁻⁵³ (the unit roundoff), K the number of scores in a row and S ≥ max |a_i|. The
 * reference computes y_k = exp(a_k − m) / Σ_i exp(a_i − m) with m = max a. Its rounding errors, as
 * relative errors of y_k:
 *
 * <ul>
 *   <li>the argument d_k = a_k − m (|d_k| ≤ 2S) is rounded by at most ½ ulp(2S) = ulp(S) absolute,
 *       which exp turns into a relative error of at most ulp(S) in exp(d_k), and, through the sum
 *       (a weighted mean of the terms' errors), at most ulp(S) more in the denominator;
 *   <li>exp itself (≤ 1 ulp, 2u), the K − 1 additions of terms ≤ 1 ((K − 1)u) and the division (u).
 * </ul>
 *
 * So |ŷ_k/y_k − 1| ≤ 2·ulp(S) + (K + 2)·u to first order. Other correct forms have the same kind of
 * bound: log-sum-exp, exp(a_k − (m + log Σ)), rounds the argument twice more (m + log Σ, then a_k
 * minus it: ≤ 1.5 ulp(S) more); Math.exp instead of StrictMath.exp, Math.pow(Math.E, d) (its e is
 * rounded: |d|·u ≤ ulp(S)), a reciprocal multiplied in, pairwise or Kahan sums, 1/Σ exp(a_i − a_k),
 * or no shift where nothing overflows stay within 4·ulp(S) + 2(K + 4)·u. Two correct forms are
 * therefore at most 6·ulp(S) + 4(K + 4)·u apart; the tolerance allows
 * {@code 8·ulp(S) + 8(K + 4)·u} relative. Outputs near or below the smallest normal double lose
 * relative precision to subnormal spacing (4.9e-324) and are compared to {@code 1e-300} absolute.
 * {@code SoftmaxToleranceTests} checks the bound against such implementations over many seeds.
 *
 * <p>At the scores of ±8·10⁵ the hidden suite uses, ulp(S) is 1.2e-10: a fixed 1e-12 relative
 * tolerance there rejects correct log-sum-exp implementations.
 */
public final class SoftmaxCases {
  private static final double U = 0x1p-53;

  private SoftmaxCases() {}

  /** The tolerance between two correct softmax outputs of rows of {@code k} scores bounded by {@code maxAbsScore} in magnitude. */
  public static Tolerance agreement(int k, double maxAbsScore) {
    return Tolerance.of(1e-300, 8 * Math.ulp(maxAbsScore) + 8 * (k + 4) * U);
  }
}
