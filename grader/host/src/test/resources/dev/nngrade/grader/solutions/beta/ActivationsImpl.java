package dev.nngrade.student;

import dev.nngrade.contract.function.Activations;

public class ActivationsImpl implements Activations {
  @Override
  public double step(double x) {
    if (x > 0) {
      return 1;
    }
    return 0;
  }

  @Override
  public double stepDerivative(double x) {
    return 0;
  }

  // σ(x) = (1 + tanh(x/2)) / 2 : the same function, and tanh never overflows
  @Override
  public double sigmoid(double x) {
    return 0.5 * (1.0 + Math.tanh(0.5 * x));
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
    return x > 0 ? x : 0.0;
  }

  @Override
  public double reluDerivative(double x) {
    return x > 0 ? 1 : 0;
  }

  @Override
  public double leakyRelu(double x, double alpha) {
    if (x > 0) {
      return x;
    }
    return x * alpha;
  }

  @Override
  public double leakyReluDerivative(double x, double alpha) {
    if (x > 0) {
      return 1;
    }
    return alpha;
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
