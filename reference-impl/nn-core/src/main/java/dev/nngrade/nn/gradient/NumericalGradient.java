package dev.nngrade.nn.gradient;

import dev.nngrade.nn.tensor.Tensor;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The central-difference gradient of the textbook (DLFS §4.3–4.4, lectures 001, 002 方法1, 004):
 * {@code ∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / 2h} with {@code h = 1e-4}, one element at a time,
 * each restored before the next.
 */
public final class NumericalGradient {
  /** The textbook's step, {@code h = 1e-4}: small enough, and large enough to avoid rounding error. */
  public static final double H = 1e-4;

  /** Which difference formula to use. */
  public enum Method {
    /** The textbook's central difference with {@code h = 1e-4}. */
    CENTRAL,
    /** {@link #extrapolated}: two central differences combined to cancel the {@code h²} error term. */
    EXTRAPOLATED
  }

  /** The gradient of {@code loss} with respect to {@code param} by {@code method}. */
  public static double[] of(Method method, DoubleSupplier loss, Tensor param) {
    return of(method, i -> loss.getAsDouble(), i -> {}, param);
  }

  /**
   * The general form: {@code loss} is told which element is being moved, and {@code restored} hears
   * when it is back at its value, so that a caller that recomputes only what an element affects can
   * also bring back what it cached.
   */
  public static double[] of(Method method, IntToDoubleFunction loss, IntConsumer restored, Tensor param) {
    return of(method, loss, restored, param, null);
  }

  /**
   * As {@link #of(Method, IntToDoubleFunction, IntConsumer, Tensor)}, visiting the elements in {@code
   * order} (a permutation of the indices; null for ascending). Each element's value does not depend on
   * the order; a caller that caches per column can save work by visiting a column's elements together.
   */
  public static double[] of(Method method, IntToDoubleFunction loss, IntConsumer restored, Tensor param, int[] order) {
    double[] grad = new double[param.size()];
    if (order != null && order.length != grad.length) {
      throw new IllegalArgumentException("numerical gradient: an order of " + order.length + " indices for " + grad.length + " elements");
    }
    for (int step = 0; step < grad.length; step++) {
      int i = order == null ? step : order[step];
      double keep = param.get(i);
      if (method == Method.CENTRAL) {
        param.setInPlace(i, keep + H);
        double up = loss.applyAsDouble(i);
        param.setInPlace(i, keep - H);
        double down = loss.applyAsDouble(i);
        grad[i] = (up - down) / (2 * H);
      } else {
        double h = EXTRAPOLATION_STEP;
        param.setInPlace(i, keep + h);
        double up = loss.applyAsDouble(i);
        param.setInPlace(i, keep - h);
        double down = loss.applyAsDouble(i);
        param.setInPlace(i, keep + h / 2);
        double upHalf = loss.applyAsDouble(i);
        param.setInPlace(i, keep - h / 2);
        double downHalf = loss.applyAsDouble(i);
        double coarse = (up - down) / (2 * h);
        double fine = (upHalf - downHalf) / h;
        grad[i] = (4 * fine - coarse) / 3;
      }
      param.setInPlace(i, keep);
      restored.accept(i);
    }
    return grad;
  }

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
    return of(Method.CENTRAL, loss, param);
  }

  /** The step of {@link #extrapolated}: large enough for little rounding, its {@code h²} error cancelled. */
  static final double EXTRAPOLATION_STEP = 1e-3;

  /**
   * A more accurate numerical gradient for checking backprop tightly: Richardson extrapolation of
   * two central differences, {@code (4 D(h/2) − D(h)) / 3} with {@code h = 1e-3}, which cancels the
   * {@code h²} term of the central difference's error. The textbook's {@code h = 1e-4} central
   * difference errs by about {@code h²/6} times the third derivative, roughly {@code 1e-7} relative on a tanh network;
   * this one by about {@code 1e-13} absolute, so a relative bound of {@code 1e-7} holds wherever the
   * gradient is larger than about {@code 1e-5}.
   */
  public static double[] extrapolated(DoubleSupplier loss, Tensor param) {
    return of(Method.EXTRAPOLATED, loss, param);
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
