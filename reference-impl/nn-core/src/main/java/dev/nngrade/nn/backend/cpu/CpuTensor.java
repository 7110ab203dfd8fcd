package dev.nngrade.nn.backend.cpu;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;

/** A tensor in host memory: a {@code double[]} in row-major order, shared by its reshaped views. */
final class CpuTensor implements Tensor {
  final double[] data;
  private final Shape shape;
  private final CpuBackend backend;

  CpuTensor(CpuBackend backend, Shape shape, double[] data) {
    if (data.length != shape.size()) {
      throw new IllegalStateException("storage of " + data.length + " for shape " + shape);
    }
    this.backend = backend;
    this.shape = shape;
    this.data = data;
  }

  @Override
  public Shape shape() {
    return shape;
  }

  @Override
  public Backend backend() {
    return backend;
  }

  @Override
  public Tensor reshape(Shape newShape) {
    Checks.reshape(shape, newShape);
    return new CpuTensor(backend, newShape, data);
  }

  @Override
  public double get(int index) {
    return data[index];
  }

  @Override
  public void setInPlace(int index, double value) {
    data[index] = value;
  }

  @Override
  public String toString() {
    return "CpuTensor" + shape;
  }
}
