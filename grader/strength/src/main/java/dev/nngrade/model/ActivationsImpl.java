package dev.nngrade.model;

import dev.nngrade.contract.function.Activations;

public class ActivationsImpl implements Activations {
  @Override
  public double step(double x) {
    return x > 0 ? 1 : 0;
  }

  @Override
  public double stepDerivative(double x) {
    return 0;
  }

  @Override
  public double sigmoid(double x) {
    // exp(−x) overflows to ∞ for x < −709, and 1/(1 + ∞) is the correct limit 0
    return 1 / (1 + Math.exp(-x));
  }

  @Override
  public double sigmoidDerivative(double x) {
    double s = sigmoid(x);
    return s * (1 - s);
  }

  @Override
  public double tanh(double x) {
    return Math.tanh(x);
  }

  @Override
  public double tanhDerivative(double x) {
    double t = Math.tanh(x);
    return 1 - t * t;
  }

  @Override
  public double relu(double x) {
    return Math.max(0, x);
  }

  @Override
  public double reluDerivative(double x) {
    return x > 0 ? 1 : 0;
  }

  @Override
  public double leakyRelu(double x, double alpha) {
    return x > 0 ? x : alpha * x;
  }

  @Override
  public double leakyReluDerivative(double x, double alpha) {
    return x > 0 ? 1 : alpha;
  }

  @Override
  public double identity(double x) {
    return x;
  }

  @Override
  public double identityDerivative(double x) {
    return 1;
  }
}
