package dev.nngrade.nn.opencl;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.lang.ref.Cleaner;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jocl.CL;
import org.jocl.cl_mem;

/** A tensor in an OpenCL buffer; reshaped views share the buffer, which is released when no view is left. */
final class ClTensor implements Tensor {
  private static final Cleaner CLEANER = Cleaner.create();

  /** A device buffer that is released exactly once: by the cleaner, or by the backend's close, whichever comes first. */
  static final class Handle {
    final cl_mem mem;
    private final AtomicBoolean released = new AtomicBoolean();
    private final Set<Handle> owner;

    Handle(cl_mem mem, Set<Handle> owner) {
      this.mem = mem;
      this.owner = owner;
      owner.add(this);
    }

    void release() {
      if (released.compareAndSet(false, true)) {
        owner.remove(this);
        CL.clReleaseMemObject(mem);
      }
    }
  }

  /** The buffer shared by a tensor's views; once none is reachable the cleaner releases it (on any thread, which OpenCL allows). */
  static final class Storage {
    final cl_mem mem;
    final int size;

    Storage(Handle handle, int size) {
      this.mem = handle.mem;
      this.size = size;
      CLEANER.register(this, handle::release);
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
    Checks.reshape(shape, newShape);
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
