package dev.nngrade.grader.mutants;

import dev.nngrade.contract.function.Activations;

/** The reference activations, for mutants that change one of them. */
public abstract class ActivationsDelegate implements Activations {
  protected final Activations ref = new dev.nngrade.solution.ActivationsImpl();

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
  public double sigmoidDerivative(double x) {
    return ref.sigmoidDerivative(x);
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
  public double reluDerivative(double x) {
    return ref.reluDerivative(x);
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
}
