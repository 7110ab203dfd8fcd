package dev.nngrade.contract.function;

import java.util.function.DoubleUnaryOperator;

/**
 * 線形性の数値判定（講義002 確認テスト5） / deciding linearity numerically (lecture 002 確認テスト5): f is
 * linear when it is additive, {@code f(x + y) = f(x) + f(y)}, and homogeneous, {@code f(kx) = k f(x)}.
 * ReLU is not linear; {@code x ↦ 3x} is.
 *
 * <p>比較は丸め誤差を許す / comparisons allow rounding: {@code a} and {@code b} count as equal when
 * {@code |a − b| ≤ tolerance · max(1, |a|, |b|)}.
 */
public interface Linearity {
  /** すべての組 (xs[i], ys[j]) で加法性が成り立つか。 Additive on every pair {@code (xs[i], ys[j])}. */
  boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance);

  /** すべての組 (xs[i], ks[j]) で斉次性が成り立つか。 Homogeneous on every pair {@code (xs[i], ks[j])}. */
  boolean isHomogeneous(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance);

  /** 加法性と斉次性の両方（xs を ys としても使う）。 Both, with {@code xs} also as the second summands. */
  boolean isLinear(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance);
}
