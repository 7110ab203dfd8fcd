package dev.nngrade.student;

import dev.nngrade.contract.function.Activations;

/** Activations, written to stay accurate in the tails. */
public class ActivationsImpl implements Activations {
  @Override
  public double step(double x) {
    return x > 0 ? 1.0 : 0.0;
  }

  @Override
  public double stepDerivative(double x) {
    return 0.0;
  }

  @Override
  public double sigmoid(double x) {
    return Careful.sigmoid(x);
  }

  /** σ(x)(1 − σ(x)) = e/(1 + e)² with e = exp(−|x|): no cancellation in 1 − σ. */
  @Override
  public double sigmoidDerivative(double x) {
    double e = Math.exp(-Math.abs(x));
    double d = 1.0 + e;
    return e / (d * d);
  }

  /** tanh via expm1: accurate near 0 and never overflowing. */
  @Override
  public double tanh(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    if (a > 22) {
      return Math.copySign(1.0, x);
    }
    double t = Math.expm1(-2 * a);
    return Math.copySign(-t / (2 + t), x);
  }

  /** 1 − tanh² x = 1/cosh² x, which keeps its relative accuracy for large |x|. */
  @Override
  public double tanhDerivative(double x) {
    double c = Math.cosh(x);
    return 1.0 / (c * c);
  }

  @Override
  public double relu(double x) {
    return Math.max(0.0, x);
  }

  @Override
  public double reluDerivative(double x) {
    return x > 0 ? 1.0 : 0.0;
  }

  @Override
  public double leakyRelu(double x, double alpha) {
    return x > 0 ? x : alpha * x;
  }

  @Override
  public double leakyReluDerivative(double x, double alpha) {
    return x > 0 ? 1.0 : alpha;
  }

  @Override
  public double identity(double x) {
    return x;
  }

  @Override
  public double identityDerivative(double x) {
    return 1.0;
  }
}
