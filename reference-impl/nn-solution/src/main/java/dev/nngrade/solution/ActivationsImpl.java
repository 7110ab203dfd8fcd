package dev.nngrade.solution;

import dev.nngrade.contract.function.Activations;
import dev.nngrade.nn.backend.Activation;

/** The activations of nn-core; leaky ReLU takes its slope per call here, so it is written out. */
public class ActivationsImpl implements Activations {
  @Override
  public double step(double x) {
    return Activation.STEP.apply(x);
  }

  @Override
  public double stepDerivative(double x) {
    return 0.0;
  }

  @Override
  public double sigmoid(double x) {
    return Activation.SIGMOID.apply(x);
  }

  @Override
  public double sigmoidDerivative(double x) {
    return Activation.SIGMOID.derivative(x, Activation.SIGMOID.apply(x));
  }

  @Override
  public double tanh(double x) {
    return Activation.TANH.apply(x);
  }

  @Override
  public double tanhDerivative(double x) {
    return Activation.TANH.derivative(x, Activation.TANH.apply(x));
  }

  @Override
  public double relu(double x) {
    return Activation.RELU.apply(x);
  }

  @Override
  public double reluDerivative(double x) {
    return Activation.RELU.derivative(x, Activation.RELU.apply(x));
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
    return Activation.IDENTITY.apply(x);
  }

  @Override
  public double identityDerivative(double x) {
    return 1.0;
  }
}
