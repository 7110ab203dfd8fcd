package dev.nngrade.nn.opencl;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.lang.ref.Cleaner;
import org.jocl.CL;
import org.jocl.cl_mem;

/** A tensor in an OpenCL buffer; reshaped views share the buffer, which is released when no view is left. */
final class ClTensor implements Tensor {
  private static final Cleaner CLEANER = Cleaner.create();

  /** The device buffer, released by the cleaner once unreachable (clReleaseMemObject may run on any thread). */
  static final class Storage {
    final cl_mem mem;
    final int size;

    Storage(cl_mem mem, int size) {
      this.mem = mem;
      this.size = size;
      CLEANER.register(this, () -> CL.clReleaseMemObject(mem));
    }
  }

  final Storage storage;
  private final Shape shape;
  private final OpenClBackend backend;

  ClTensor(OpenClBackend backend, Shape shape, Storage storage) {
    if (storage.size != shape.size()) {
      throw new IllegalStateException("storage of " + storage.size + " for shape " + shape);
    }
    this.backend = backend;
    this.shape = shape;
    this.storage = storage;
  }

  cl_mem mem() {
    return storage.mem;
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
    if (newShape.size() != shape.size()) {
      throw new IllegalArgumentException(
          "reshape: cannot view shape " + shape + " (" + shape.size() + " elements) as " + newShape + " ("
              + newShape.size() + " elements)");
    }
    return new ClTensor(backend, newShape, storage);
  }

  @Override
  public double get(int index) {
    return backend.readElement(this, index);
  }

  @Override
  public void setInPlace(int index, double value) {
    backend.writeElement(this, index, value);
  }

  @Override
  public String toString() {
    return "ClTensor" + shape;
  }
}
