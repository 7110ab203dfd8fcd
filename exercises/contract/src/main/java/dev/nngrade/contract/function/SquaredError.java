package dev.nngrade.contract.function;

/**
 * 二乗誤差と、誤差逆伝播で使うその勾配 / squared error and its gradient with respect to {@code y}, as used
 * by lecture 002's backprop. The form is the course's convention ({@code squared-error} in the
 * course file), passed in so that one implementation serves any course. Example (lecture 004):
 * {@code y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]}, {@code t = e_2}, HALF_SUM → {@code 0.0975}.
 */
public interface SquaredError {
  /** The loss of output {@code y} against target {@code t} (same length). */
  double loss(double[] y, double[] t, SquaredErrorForm form);

  /** {@code ∂loss/∂y}, element by element. */
  double[] gradient(double[] y, double[] t, SquaredErrorForm form);
}
