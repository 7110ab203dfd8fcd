package dev.nngrade.nn.gradient;

import dev.nngrade.nn.tensor.Tensor;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The central-difference gradient of the textbook (DLFS §4.3–4.4, lectures 001, 002 方法1, 004):
 * {@code ∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / 2h} with {@code h = 1e-4}, one element at a time,
 * each restored before the next.
 */
public final class NumericalGradient {
  /** The textbook's step, {@code h = 1e-4}: small enough, and large enough to avoid rounding error. */
  public static final double H = 1e-4;

  private NumericalGradient() {}

  /** The gradient of {@code f} at {@code x}; {@code x} is perturbed during the call and restored. */
  public static double[] of(ToDoubleFunction<double[]> f, double[] x) {
    double[] grad = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      x[i] = keep + H;
      double up = f.applyAsDouble(x);
      x[i] = keep - H;
      double down = f.applyAsDouble(x);
      x[i] = keep;
      grad[i] = (up - down) / (2 * H);
    }
    return grad;
  }

  /** The gradient of {@code loss} with respect to every element of {@code param}, which is perturbed in place and restored. */
  public static double[] of(DoubleSupplier loss, Tensor param) {
    double[] grad = new double[param.size()];
    for (int i = 0; i < grad.length; i++) {
      double keep = param.get(i);
      param.setInPlace(i, keep + H);
      double up = loss.getAsDouble();
      param.setInPlace(i, keep - H);
      double down = loss.getAsDouble();
      param.setInPlace(i, keep);
      grad[i] = (up - down) / (2 * H);
    }
    return grad;
  }

  /**
   * Gradient descent with numerical gradients (DLFS §4.4.1 {@code gradient_descent}, lecture 004):
   * {@code x ← x − lr ∇f(x)}, {@code steps} times from {@code init}; returns the final point.
   */
  public static double[] descend(ToDoubleFunction<double[]> f, double[] init, double lr, int steps) {
    double[] x = init.clone();
    for (int s = 0; s < steps; s++) {
      double[] g = of(f, x);
      for (int i = 0; i < x.length; i++) {
        x[i] -= lr * g[i];
      }
    }
    return x;
  }
}
