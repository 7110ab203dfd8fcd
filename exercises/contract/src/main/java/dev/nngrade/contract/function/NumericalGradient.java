package dev.nngrade.contract.function;

import java.util.function.ToDoubleFunction;

/**
 * 数値微分（講義002 方法1、講義004） / numerical gradient (lecture 002 方法1, lecture 004): the central
 * difference {@code ∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / 2h} with {@code h = 1e-4}, and gradient
 * descent {@code x ← x − η ∇f(x)} on it. Example: {@code f(x0, x1) = x0² + x1²}, {@code ∇f(3, 4) = (6, 8)}.
 */
public interface NumericalGradient {
  /** 教科書の微小量 {@code h = 1e-4} / the textbook's step. */
  double H = 1e-4;

  /**
   * x における f の勾配（終了時 x は元の値）。 The gradient of {@code f} at {@code x}. {@code f} may be called with {@code x} itself changed in
   * place; on return {@code x} holds its original values again.
   */
  double[] gradient(ToDoubleFunction<double[]> f, double[] x);

  /**
   * 勾配降下法を steps 回（init は変更しない）。 {@code steps} steps of {@code x ← x − learningRate · gradient(f, x)} from {@code init}; returns
   * the final {@code x}. {@code init} is not changed.
   */
  double[] descend(ToDoubleFunction<double[]> f, double[] init, double learningRate, int steps);
}
