package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.function.Activations;

/** {@link Activations} の実装（課題: activations）。 Your implementation; the interface's Javadoc states the formula. */
public class ActivationsImpl implements Activations {
  @Override
  public double step(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.step");
  }

  @Override
  public double stepDerivative(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.stepDerivative");
  }

  @Override
  public double sigmoid(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.sigmoid");
  }

  @Override
  public double sigmoidDerivative(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.sigmoidDerivative");
  }

  @Override
  public double tanh(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.tanh");
  }

  @Override
  public double tanhDerivative(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.tanhDerivative");
  }

  @Override
  public double relu(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.relu");
  }

  @Override
  public double reluDerivative(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.reluDerivative");
  }

  @Override
  public double leakyRelu(double x, double alpha) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.leakyRelu");
  }

  @Override
  public double leakyReluDerivative(double x, double alpha) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.leakyReluDerivative");
  }

  @Override
  public double identity(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.identity");
  }

  @Override
  public double identityDerivative(double x) {
    // TODO
    throw NotImplemented.of(Exercise.ACTIVATIONS, "ActivationsImpl.identityDerivative");
  }
}
