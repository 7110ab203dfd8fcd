package dev.nngrade.solution;

import dev.nngrade.nn.layer.BinaryLayer;

/** One of nn-core's graph nodes on 1x1 tensors: the lecture's scalar example. */
final class ScalarNode {
  private final BinaryLayer layer;

  ScalarNode(BinaryLayer layer) {
    this.layer = layer;
  }

  double forward(double x, double y) {
    return layer.forward(Host.vector("x", new double[] {x}), Host.vector("y", new double[] {y})).toArray()[0];
  }

  double[] backward(double dz) {
    BinaryLayer.Gradients g = layer.backward(Host.vector("dz", new double[] {dz}));
    return new double[] {g.dx().toArray()[0], g.dy().toArray()[0]};
  }
}
