package dev.nngrade.contract.function;

/**
 * 二乗誤差と、誤差逆伝播で使うその勾配 / squared error and its gradient with respect to {@code y}, as used
 * by lecture 002's backprop. The form is the course's convention ({@code squared-error} in the
 * course file), passed in so that one implementation serves any course. Example (lecture 004):
 * {@code y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]}, {@code t = e_2}, HALF_SUM → {@code 0.0975}.
 */
public interface SquaredError {
  /** 出力 y と教師 t（同じ長さ）の二乗誤差 / the loss of {@code y} against {@code t}. */
  double loss(double[] y, double[] t, SquaredErrorForm form);

  /** 要素ごとの {@code ∂loss/∂y} / the gradient with respect to {@code y}. */
  double[] gradient(double[] y, double[] t, SquaredErrorForm form);
}
