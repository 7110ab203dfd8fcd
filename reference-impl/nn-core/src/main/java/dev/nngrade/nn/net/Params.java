package dev.nngrade.nn.net;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.init.WeightInit;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Shape;
import java.util.random.RandomGenerator;

/** Draws the parameters of the built-in networks in the textbook's order: each weight, then its zero bias. */
final class Params {
  private Params() {}

  static Parameter weight(Backend be, String name, Shape shape, int fanIn, WeightInit init, RandomGenerator random) {
    return new Parameter(name, be.fromHost(init.draw(shape.size(), fanIn, random), shape));
  }

  static Parameter zeroBias(Backend be, String name, int size) {
    return new Parameter(name, be.zeros(Shape.of(size)));
  }
}
