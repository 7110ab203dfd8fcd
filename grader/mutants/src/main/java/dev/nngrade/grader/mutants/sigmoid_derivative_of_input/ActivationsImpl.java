package dev.nngrade.grader.mutants.sigmoid_derivative_of_input;

import dev.nngrade.contract.function.Activations;

public class ActivationsImpl implements Activations {
  private final Activations ref = new dev.nngrade.solution.ActivationsImpl();

  @Override
  public double step(double x) {
    return ref.step(x);
  }

  @Override
  public double stepDerivative(double x) {
    return ref.stepDerivative(x);
  }

  @Override
  public double sigmoid(double x) {
    return ref.sigmoid(x);
  }

  @Override
  public double tanh(double x) {
    return ref.tanh(x);
  }

  @Override
  public double tanhDerivative(double x) {
    return ref.tanhDerivative(x);
  }

  @Override
  public double relu(double x) {
    return ref.relu(x);
  }

  @Override
  public double leakyRelu(double x, double alpha) {
    return ref.leakyRelu(x, alpha);
  }

  @Override
  public double leakyReluDerivative(double x, double alpha) {
    return ref.leakyReluDerivative(x, alpha);
  }

  @Override
  public double identity(double x) {
    return ref.identity(x);
  }

  @Override
  public double identityDerivative(double x) {
    return ref.identityDerivative(x);
  }

  /** The mistake: σ'(x) written as x(1 − x), the formula for the output applied to the input. */
  @Override
  public double sigmoidDerivative(double x) {
    return x * (1 - x);
  }

  @Override
  public double reluDerivative(double x) {
    return ref.reluDerivative(x);
  }
}
