package dev.nngrade.nn.optim;

import dev.nngrade.nn.layer.Parameter;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Updates parameters from their gradients (DLFS ch06 {@code common/optimizer.py}). Order of use:
 * compute gradients, then {@code update}; an optimizer keeps per-parameter state (velocities,
 * moments) keyed by the {@link Parameter} object, so pass the same parameters every step.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Optimizer {

  /** One step: every parameter's value moves according to its gradient. */
  void update(List<Parameter> parameters);

  /** A short description with the hyper-parameters, for logs and benchmark records. */
  String describe();

  /** Builds an optimizer by name ({@code sgd, momentum, adagrad, rmsprop, adam}) with the given learning rate and its other defaults. */
  static Optimizer byName(String name, double learningRate) {
    return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "sgd" -> new Sgd(learningRate);
      case "momentum" -> new Momentum(learningRate, Momentum.DEFAULTS.momentum());
      case "adagrad" -> new AdaGrad(learningRate, AdaGrad.DEFAULTS.eps());
      case "rmsprop" -> new RmsProp(learningRate, RmsProp.DEFAULTS.decayRate(), RmsProp.DEFAULTS.eps());
      case "adam" -> Adam.textbook(learningRate);
      default ->
          throw new IllegalArgumentException(
              "unknown optimizer '" + name + "'; expected one of sgd, momentum, adagrad, rmsprop, adam");
    };
  }
}
