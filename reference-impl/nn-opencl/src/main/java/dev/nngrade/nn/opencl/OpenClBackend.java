package dev.nngrade.nn.opencl;

import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clCreateCommandQueueWithProperties;
import static org.jocl.CL.clCreateContext;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clEnqueueCopyBuffer;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clFinish;
import static org.jocl.CL.clGetProgramBuildInfo;
import static org.jocl.CL.clReleaseCommandQueue;
import static org.jocl.CL.clReleaseContext;
import static org.jocl.CL.clReleaseProgram;
import static org.jocl.CL.clSetKernelArg;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.AdamConvention;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.backend.KernelChecks;
import dev.nngrade.nn.backend.Precision;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.blast.CLBlast;
import org.jocl.blast.CLBlastLayout;
import org.jocl.blast.CLBlastTranspose;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;
import org.jocl.cl_queue_properties;

/**
 * The OpenCL backend: tensors live in device buffers for a whole training step; only the loss, the
 * predicted classes and explicit reads come back to the host. GEMM is CLBlast's; the other kernels
 * are {@code kernels.cl}, compiled at start for this device in float32 or float64.
 */
final class OpenClBackend implements Backend {
  private static final int LOCAL = 64;
  private static final int REDUCE_CHUNK = 4096;

  private final String device;
  private final Precision precision;
  private final int bytes;
  private final cl_context context;
  private final cl_command_queue queue;
  private final cl_program program;
  private final Map<String, cl_kernel> kernels = new HashMap<>();
  private final Map<String, ClTensor.Storage> scratch = new HashMap<>();
  private volatile boolean closed;

  OpenClBackend(ClDevices.Found found, Precision precision) {
    this.device = found.name();
    this.precision = precision;
    this.bytes = precision == Precision.FLOAT64 ? Sizeof.cl_double : Sizeof.cl_float;
    cl_device_id d = found.device();
    this.context = clCreateContext(null, 1, new cl_device_id[] {d}, null, null, null);
    this.queue = clCreateCommandQueueWithProperties(context, d, new cl_queue_properties(), null);
    this.program = clCreateProgramWithSource(context, 1, new String[] {source()}, null, null);
    String options = precision == Precision.FLOAT64 ? "-D REAL=double -D USE_DOUBLE" : "-D REAL=float";
    try {
      clBuildProgram(program, 1, new cl_device_id[] {d}, options, null, null);
    } catch (CLException e) {
      long[] size = new long[1];
      clGetProgramBuildInfo(program, d, CL_PROGRAM_BUILD_LOG, 0, null, size);
      byte[] log = new byte[(int) size[0]];
      clGetProgramBuildInfo(program, d, CL_PROGRAM_BUILD_LOG, log.length, Pointer.to(log), null);
      throw new IllegalStateException(
          "the OpenCL kernels do not build on " + device + ": " + new String(log, StandardCharsets.UTF_8).trim(), e);
    }
    CLBlast.setExceptionsEnabled(true);
  }

  private static String source() {
    try (InputStream in = OpenClBackend.class.getResourceAsStream("kernels.cl")) {
      if (in == null) {
        throw new IllegalStateException("kernels.cl is missing from the nn-opencl jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("kernels.cl is unreadable in the nn-opencl jar", e);
    }
  }

  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public String device() {
    return "OpenCL " + device + ", " + precision.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Precision precision() {
    return precision;
  }

  private ClTensor cl(Tensor t) {
    if (t instanceof ClTensor c && c.backend() == this) {
      return c;
    }
    throw new IllegalArgumentException(
        "tensor " + t.shape() + " belongs to backend '" + t.backend().name() + "', not to this OpenCL backend; "
            + "create it with this backend or copy it with fromHost(toArray())");
  }

  private cl_mem mem(Tensor t) {
    return cl(t).mem();
  }

  // ---- memory -------------------------------------------------------------------------------

  /** Every buffer not yet released: close() releases them before the context, so none outlives it. */
  private final Set<ClTensor.Handle> live = ConcurrentHashMap.newKeySet();

  private ClTensor.Storage allocate(int elements, int elementBytes) {
    if (closed) {
      throw new IllegalStateException("this OpenCL backend is closed");
    }
    cl_mem mem = clCreateBuffer(context, CL_MEM_READ_WRITE, (long) Math.max(1, elements) * elementBytes, null, null);
    return new ClTensor.Storage(new ClTensor.Handle(mem, live), elements);
  }

  @Override
  public Tensor zeros(Shape shape) {
    ClTensor t = new ClTensor(this, shape, allocate(shape.size(), bytes));
    fill(0.0, t);
    return t;
  }

  @Override
  public Tensor fromHost(double[] values, Shape shape) {
    Checks.check(values.length == shape.size(),
        () -> "fromHost: " + values.length + " values cannot fill shape " + shape + " (" + shape.size() + " elements)");
    ClTensor t = new ClTensor(this, shape, allocate(shape.size(), bytes));
    upload(values, t);
    return t;
  }

  private Pointer host(double[] values) {
    if (precision == Precision.FLOAT64) {
      return Pointer.to(values);
    }
    float[] f = new float[values.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) values[i];
    }
    return Pointer.to(f);
  }

  @Override
  public void upload(double[] values, Tensor out) {
    Checks.check(values.length == out.size(), () -> "upload: " + values.length + " values cannot fill shape " + out.shape());
    // blocking: the host array may change as soon as this returns
    clEnqueueWriteBuffer(queue, mem(out), true, 0, (long) values.length * bytes, host(values), 0, null, null);
  }

  @Override
  public double[] toHost(Tensor t) {
    return read(mem(t), 0, t.size());
  }

  private double[] read(cl_mem mem, int offset, int count) {
    double[] out = new double[count];
    if (count == 0) {
      return out;
    }
    if (precision == Precision.FLOAT64) {
      clEnqueueReadBuffer(queue, mem, true, (long) offset * bytes, (long) count * bytes, Pointer.to(out), 0, null, null);
    } else {
      float[] f = new float[count];
      clEnqueueReadBuffer(queue, mem, true, (long) offset * bytes, (long) count * bytes, Pointer.to(f), 0, null, null);
      for (int i = 0; i < count; i++) {
        out[i] = f[i];
      }
    }
    return out;
  }

  double readElement(ClTensor t, int index) {
    Checks.check(index >= 0 && index < t.size(), () -> "index " + index + " is outside a tensor of " + t.size());
    return read(t.mem(), index, 1)[0];
  }

  void writeElement(ClTensor t, int index, double value) {
    Checks.check(index >= 0 && index < t.size(), () -> "index " + index + " is outside a tensor of " + t.size());
    clEnqueueWriteBuffer(queue, t.mem(), true, (long) index * bytes, bytes, host(new double[] {value}), 0, null, null);
  }

  @Override
  public void copy(Tensor src, Tensor out) {
    Checks.check(src.size() == out.size(), () -> "copy: source " + src.shape() + " and target " + out.shape() + " differ in size");
    if (mem(src) != mem(out)) {
      clEnqueueCopyBuffer(queue, mem(src), mem(out), 0, 0, (long) src.size() * bytes, 0, null, null);
    }
  }

  @Override
  public void fill(double value, Tensor out) {
    launch("fill", out.size(), out, value, out.size());
  }

  // ---- kernels ------------------------------------------------------------------------------

  private cl_kernel kernel(String name) {
    return kernels.computeIfAbsent(name, n -> clCreateKernel(program, n, null));
  }

  /** Sets the arguments (tensors, ints, reals, int buffers) and runs the kernel over {@code work} items. */
  private void launch(String name, int work, Object... args) {
    if (work <= 0) {
      return;
    }
    cl_kernel k = kernel(name);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Tensor t) {
        clSetKernelArg(k, i, Sizeof.cl_mem, Pointer.to(mem(t)));
      } else if (a instanceof cl_mem m) {
        clSetKernelArg(k, i, Sizeof.cl_mem, Pointer.to(m));
      } else if (a instanceof Integer v) {
        clSetKernelArg(k, i, Sizeof.cl_int, Pointer.to(new int[] {v}));
      } else if (a instanceof Double v) {
        if (precision == Precision.FLOAT64) {
          clSetKernelArg(k, i, Sizeof.cl_double, Pointer.to(new double[] {v}));
        } else {
          clSetKernelArg(k, i, Sizeof.cl_float, Pointer.to(new float[] {v.floatValue()}));
        }
      } else {
        throw new IllegalStateException("kernel " + name + ": argument " + i + " of unsupported type " + a.getClass());
      }
    }
    long global = ((long) work + LOCAL - 1) / LOCAL * LOCAL;
    clEnqueueNDRangeKernel(queue, k, 1, null, new long[] {global}, new long[] {LOCAL}, 0, null, null);
  }

  /** A reusable device buffer for one kernel's small results (losses, partial sums, predicted classes). */
  private cl_mem scratch(String name, int elements, int elementBytes) {
    ClTensor.Storage s = scratch.get(name);
    if (s == null || s.size < elements * elementBytes) {
      s = allocate(elements * elementBytes, 1);
      scratch.put(name, s);
    }
    return s.mem;
  }

  // ---- linear algebra ------------------------------------------------------------------------

  @Override
  public void gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c) {
    KernelChecks.Gemm g = KernelChecks.gemm(transA, transB, a, b, c);
    if (beta == 0.0) {
      fill(0.0, c); // CLBlast reads c even when beta is 0; a NaN there must not leak
    }
    int lda = a.shape().dim(-1), ldb = b.shape().dim(-1);
    long aStride = g.aBatched() ? (long) a.shape().dim(-2) * lda : 0;
    long bStride = g.bBatched() ? (long) b.shape().dim(-2) * ldb : 0;
    int ta = transA ? CLBlastTranspose.CLBlastTransposeYes : CLBlastTranspose.CLBlastTransposeNo;
    int tb = transB ? CLBlastTranspose.CLBlastTransposeYes : CLBlastTranspose.CLBlastTransposeNo;
    int layout = CLBlastLayout.CLBlastLayoutRowMajor;
    if (g.batch() == 1) {
      if (precision == Precision.FLOAT64) {
        CLBlast.CLBlastDgemm(layout, ta, tb, g.m(), g.n(), g.k(), alpha, mem(a), 0, lda, mem(b), 0, ldb, beta, mem(c), 0, g.n(),
            queue, null);
      } else {
        CLBlast.CLBlastSgemm(layout, ta, tb, g.m(), g.n(), g.k(), (float) alpha, mem(a), 0, lda, mem(b), 0, ldb, (float) beta,
            mem(c), 0, g.n(), queue, null);
      }
    } else if (precision == Precision.FLOAT64) {
      CLBlast.CLBlastDgemmStridedBatched(layout, ta, tb, g.m(), g.n(), g.k(), alpha, mem(a), 0, lda, aStride, mem(b), 0, ldb,
          bStride, beta, mem(c), 0, g.n(), (long) g.m() * g.n(), g.batch(), queue, null);
    } else {
      CLBlast.CLBlastSgemmStridedBatched(layout, ta, tb, g.m(), g.n(), g.k(), (float) alpha, mem(a), 0, lda, aStride, mem(b), 0,
          ldb, bStride, (float) beta, mem(c), 0, g.n(), (long) g.m() * g.n(), g.batch(), queue, null);
    }
  }

  @Override
  public void gemmColumns(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c, int j0, int j1) {
    KernelChecks.columns("gemmColumns", c, j0, j1);
    KernelChecks.Gemm g = KernelChecks.gemm(transA, transB, a, b, c);
    int width = j1 - j0, k = g.k(), n = g.n();
    if (beta == 0.0) {
      // CLBlast reads c even when beta is 0; a NaN there must not leak
      launch("zero_columns", c.shape().dim(0) * width, c, c.shape().dim(0), n, j0, width);
    }
    int lda = a.shape().dim(-1), ldb = b.shape().dim(-1);
    long bOffset = transB ? (long) j0 * k : j0;
    int ta = transA ? CLBlastTranspose.CLBlastTransposeYes : CLBlastTranspose.CLBlastTransposeNo;
    int tb = transB ? CLBlastTranspose.CLBlastTransposeYes : CLBlastTranspose.CLBlastTransposeNo;
    int layout = CLBlastLayout.CLBlastLayoutRowMajor;
    if (precision == Precision.FLOAT64) {
      CLBlast.CLBlastDgemm(layout, ta, tb, g.m(), width, k, alpha, mem(a), 0, lda, mem(b), bOffset, ldb, beta, mem(c), j0, n, queue,
          null);
    } else {
      CLBlast.CLBlastSgemm(layout, ta, tb, g.m(), width, k, (float) alpha, mem(a), 0, lda, mem(b), bOffset, ldb, (float) beta,
          mem(c), j0, n, queue, null);
    }
  }

  // ---- element-wise --------------------------------------------------------------------------

  @Override
  public void map(Activation f, Tensor x, Tensor out) {
    Checks.sameShape("map(" + f + ")", "x", x, "out", out);
    launch("map_forward", x.size(), x, out, x.size(), f.ordinal());
  }

  @Override
  public void mapColumns(Activation f, Tensor x, Tensor out, int j0, int j1) {
    KernelChecks.mapColumns(f, x, out, j0, j1);
    int rows = x.shape().rows(), cols = x.shape().rowSize();
    launch("map_columns", rows * (j1 - j0), x, out, rows, cols, j0, j1 - j0, f.ordinal());
  }

  @Override
  public void mapBackward(Activation f, Tensor x, Tensor y, Tensor dout, Tensor dx) {
    KernelChecks.mapBackward(f, x, y, dout, dx);
    launch("map_backward", x.size(), x, y, dout, dx, x.size(), f.ordinal());
  }

  @Override
  public void zip(BinaryOp op, Tensor a, Tensor b, Tensor out) {
    KernelChecks.zip(op, a, b, out);
    launch("zip", a.size(), a, b, out, a.size(), op.ordinal());
  }

  @Override
  public void scale(double alpha, Tensor x, Tensor out) {
    Checks.sameShape("scale", "x", x, "out", out);
    launch("scale", x.size(), x, out, alpha, x.size());
  }

  @Override
  public void divide(Tensor x, double divisor, Tensor out) {
    Checks.sameShape("divide", "x", x, "out", out);
    launch("divide", x.size(), x, out, divisor, x.size());
  }

  @Override
  public void addBiasInPlace(Tensor x, Tensor bias, int axis) {
    KernelChecks.Axis ax = KernelChecks.axis("addBiasInPlace", x, axis, bias, "bias");
    launch("add_bias", x.size(), x, bias, ax.dim(), ax.inner(), x.size());
  }

  @Override
  public void addBiasColumnsInPlace(Tensor x, Tensor bias, int j0, int j1) {
    KernelChecks.biasColumns(x, bias, j0, j1);
    launch("add_bias_columns", x.shape().dim(0) * (j1 - j0), x, bias, x.shape().dim(0), x.shape().dim(1), j0, j1 - j0);
  }

  // ---- reductions ----------------------------------------------------------------------------

  @Override
  public void sumKeepingAxis(Tensor x, int axis, Tensor out) {
    KernelChecks.Axis ax = KernelChecks.axis("sumKeepingAxis", x, axis, out, "out");
    launch("sum_keeping_axis", ax.dim(), x, out, ax.outer(), ax.dim(), ax.inner());
  }

  /** Sums chunk by chunk on the device and adds the chunk sums on the host, in order. */
  private double reduce(Tensor a, Tensor b, int mode) {
    int n = a.size(), chunks = (n + REDUCE_CHUNK - 1) / REDUCE_CHUNK;
    cl_mem partial = scratch("partial", chunks, bytes);
    launch("reduce_chunks", chunks, a, b, partial, n, REDUCE_CHUNK, mode);
    double s = 0.0;
    for (double v : read(partial, 0, chunks)) {
      s += v;
    }
    return s;
  }

  @Override
  public double sum(Tensor x) {
    return reduce(x, x, 0);
  }

  @Override
  public double sumSquaredDifference(Tensor a, Tensor b) {
    Checks.sameShape("sumSquaredDifference", "a", a, "b", b);
    return reduce(a, b, 1);
  }

  @Override
  public double sumAbsoluteDifference(Tensor a, Tensor b) {
    Checks.sameShape("sumAbsoluteDifference", "a", a, "b", b);
    return reduce(a, b, 2);
  }

  @Override
  public int[] argmaxRows(Tensor x) {
    KernelChecks.matrix("argmaxRows", x);
    int rows = x.shape().dim(0);
    cl_mem out = scratch("argmax", rows, Sizeof.cl_int);
    launch("argmax_rows", rows, x, out, rows, x.shape().dim(1));
    int[] result = new int[rows];
    clEnqueueReadBuffer(queue, out, true, 0, (long) rows * Sizeof.cl_int, Pointer.to(result), 0, null, null);
    return result;
  }

  // ---- softmax and cross-entropy -------------------------------------------------------------

  @Override
  public void softmaxRows(Tensor x, Tensor out) {
    KernelChecks.matrix("softmaxRows", x);
    Checks.sameShape("softmaxRows", "x", x, "out", out);
    launch("softmax_rows", x.shape().dim(0), x, out, x.shape().dim(0), x.shape().dim(1));
  }

  @Override
  public double softmaxCrossEntropy(Tensor logits, Tensor target, Tensor probs, double delta) {
    KernelChecks.matrix("softmaxCrossEntropy", logits);
    Checks.sameShape("softmaxCrossEntropy", "logits", logits, "probs", probs);
    int rows = logits.shape().dim(0), cols = logits.shape().dim(1);
    boolean oneHot = KernelChecks.oneHot("softmaxCrossEntropy", target, rows, cols);
    cl_mem losses = scratch("losses", rows, bytes);
    launch("softmax_ce", rows, logits, target, probs, losses, rows, cols, oneHot ? 1 : 0, delta);
    // the one read of a step; a row with a bad label holds NaN, and only then are the labels read to name it
    double s = 0.0;
    for (double v : read(losses, 0, rows)) {
      s += v;
    }
    if (Double.isNaN(s) && !oneHot) {
      KernelChecks.labels("softmaxCrossEntropy", toHost(target), cols); // throws when a label is not a class index
    }
    return -s / rows;
  }

  @Override
  public void softmaxCrossEntropyBackward(Tensor probs, Tensor target, Tensor dx) {
    Checks.sameShape("softmaxCrossEntropyBackward", "probs", probs, "dx", dx);
    int rows = probs.shape().dim(0), cols = probs.shape().dim(1);
    boolean oneHot = KernelChecks.oneHot("softmaxCrossEntropyBackward", target, rows, cols);
    launch("softmax_ce_backward", rows * cols, probs, target, dx, rows, cols, oneHot ? 1 : 0);
  }

  // ---- convolution and pooling ---------------------------------------------------------------

  @Override
  public void im2col(Tensor x, ConvGeometry g, Tensor cols) {
    KernelChecks.im2col(x, g, cols);
    launch("im2col", cols.size(), x, cols, g.batch(), g.channels(), g.height(), g.width(), g.kernelHeight(), g.kernelWidth(),
        g.stride(), g.pad(), g.outHeight(), g.outWidth());
  }

  @Override
  public void col2im(Tensor cols, ConvGeometry g, Tensor dx) {
    KernelChecks.col2im(cols, g, dx);
    launch("col2im", dx.size(), cols, dx, g.batch(), g.channels(), g.height(), g.width(), g.kernelHeight(), g.kernelWidth(),
        g.stride(), g.pad(), g.outHeight(), g.outWidth());
  }

  @Override
  public void maxPoolForward(Tensor x, ConvGeometry g, Tensor out, Tensor argmax) {
    KernelChecks.maxPoolForward(x, g, out, argmax);
    launch("maxpool_forward", out.size(), x, out, argmax, g.batch() * g.channels(), g.height(), g.width(), g.kernelHeight(),
        g.kernelWidth(), g.stride(), g.pad(), g.outHeight(), g.outWidth());
  }

  @Override
  public void maxPoolBackward(Tensor dout, Tensor argmax, ConvGeometry g, Tensor dx) {
    KernelChecks.maxPoolBackward(dout, argmax, g, dx);
    launch("maxpool_backward", dx.size(), dout, argmax, dx, g.batch() * g.channels(), g.height(), g.width(), g.kernelHeight(),
        g.kernelWidth(), g.stride(), g.pad(), g.outHeight(), g.outWidth());
  }

  // ---- optimizer updates ---------------------------------------------------------------------

  @Override
  public void sgdStep(Tensor p, Tensor g, double lr) {
    KernelChecks.update("sgdStep", p, g);
    launch("sgd_step", p.size(), p, g, lr, p.size());
  }

  @Override
  public void momentumStep(Tensor p, Tensor g, Tensor v, double lr, double momentum) {
    KernelChecks.update("momentumStep", p, g, v);
    launch("momentum_step", p.size(), p, g, v, lr, momentum, p.size());
  }

  @Override
  public void adaGradStep(Tensor p, Tensor g, Tensor h, double lr, double eps) {
    KernelChecks.update("adaGradStep", p, g, h);
    launch("adagrad_step", p.size(), p, g, h, lr, eps, p.size());
  }

  @Override
  public void rmsPropStep(Tensor p, Tensor g, Tensor h, double lr, double decay, double eps) {
    KernelChecks.update("rmsPropStep", p, g, h);
    launch("rmsprop_step", p.size(), p, g, h, lr, decay, eps, p.size());
  }

  @Override
  public void adamStep(
      Tensor p, Tensor g, Tensor m, Tensor v, int t, double lr, double beta1, double beta2, double eps,
      AdamConvention convention) {
    KernelChecks.adam(p, g, m, v, t);
    if (convention == AdamConvention.TEXTBOOK) {
      launch("adam_textbook_step", p.size(), p, g, m, v, AdamConvention.textbookStepSize(lr, beta1, beta2, t), beta1, beta2, eps,
          p.size());
    } else {
      launch("adam_inside_step", p.size(), p, g, m, v, lr, beta1, beta2, eps, AdamConvention.biasCorrection(beta1, t),
          AdamConvention.biasCorrection(beta2, t), p.size());
    }
  }

  @Override
  public void synchronize() {
    clFinish(queue);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    clFinish(queue);
    for (ClTensor.Handle h : List.copyOf(live)) {
      h.release();
    }
    scratch.clear();
    kernels.values().forEach(org.jocl.CL::clReleaseKernel);
    kernels.clear();
    clReleaseProgram(program);
    clReleaseCommandQueue(queue);
    clReleaseContext(context);
  }

  @Override
  public String toString() {
    return "OpenClBackend[" + device() + "]";
  }
}
