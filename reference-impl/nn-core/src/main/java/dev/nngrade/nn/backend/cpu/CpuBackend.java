package dev.nngrade.nn.backend.cpu;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.AdamConvention;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.backend.KernelChecks;
import dev.nngrade.nn.backend.Precision;
import dev.nngrade.nn.function.Softmax;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import org.apiguardian.api.API;

/**
 * The ground-truth backend: host memory, {@code double}, deterministic. Every kernel gives the same
 * bits for any number of threads (each output element is computed by one thread in a fixed order),
 * so a seed fixes a training run completely.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CpuBackend implements Backend {
  private final Parallel parallel;
  private double[] scratch = new double[0];

  /** A backend that uses every available processor. */
  public CpuBackend() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A backend with {@code threads} worker threads (1 runs everything on the caller's thread). */
  public CpuBackend(int threads) {
    this.parallel = new Parallel(threads);
  }

  public int threads() {
    return parallel.threads();
  }

  @Override
  public String name() {
    return "cpu";
  }

  @Override
  public String device() {
    return "CPU, " + parallel.threads() + " thread(s), " + System.getProperty("os.arch");
  }

  @Override
  public Precision precision() {
    return Precision.FLOAT64;
  }

  /** A reusable buffer of at least {@code size} doubles (the backend is used by one thread at a time). */
  private double[] scratch(int size) {
    if (scratch.length < size) {
      scratch = new double[size];
    }
    return scratch;
  }

  private double[] data(Tensor t) {
    if (t instanceof CpuTensor c && c.backend() == this) {
      return c.data;
    }
    throw new IllegalArgumentException(
        "tensor " + t.shape() + " belongs to backend '" + t.backend().name()
            + "', not to this CPU backend; create it with this backend or copy it with fromHost(toArray())");
  }

  // ---- memory -------------------------------------------------------------------------------

  @Override
  public Tensor zeros(Shape shape) {
    return new CpuTensor(this, shape, new double[shape.size()]);
  }

  @Override
  public Tensor fromHost(double[] values, Shape shape) {
    Checks.check(
        values.length == shape.size(),
        () -> "fromHost: " + values.length + " values cannot fill shape " + shape + " (" + shape.size() + " elements)");
    return new CpuTensor(this, shape, values.clone());
  }

  @Override
  public void upload(double[] values, Tensor out) {
    Checks.check(
        values.length == out.size(),
        () -> "upload: " + values.length + " values cannot fill shape " + out.shape());
    System.arraycopy(values, 0, data(out), 0, values.length);
  }

  @Override
  public void uploadWith(Tensor out, java.util.function.Consumer<double[]> writer) {
    writer.accept(data(out));
  }

  @Override
  public void uploadBlocks(Tensor out, int rows, BlockWriter writer) {
    KernelChecks.rows("uploadBlocks", out, rows);
    double[] x = data(out);
    int cols = out.size() / rows;
    // column ranges as gemmAlongK splits k and the optimizer steps split the weights' rows, so that
    // each thread computes with what it wrote
    parallel.forRange(cols, rows, (c0, c1) -> writer.write(x, 0, rows, c0, c1));
  }

  @Override
  public double[] toHost(Tensor t) {
    return data(t).clone();
  }

  @Override
  public void copy(Tensor src, Tensor out) {
    Checks.check(src.size() == out.size(), () -> "copy: source " + src.shape() + " and target " + out.shape() + " differ in size");
    System.arraycopy(data(src), 0, data(out), 0, src.size());
  }

  @Override
  public void fill(double value, Tensor out) {
    java.util.Arrays.fill(data(out), value);
  }

  // ---- linear algebra ------------------------------------------------------------------------

  @Override
  public void gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c) {
    gemm(transA, transB, alpha, a, b, beta, c, 0, c.shape().dim(-1));
  }

  @Override
  public void gemmColumns(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c, int j0, int j1) {
    KernelChecks.columns("gemmColumns", c, j0, j1);
    gemm(transA, transB, alpha, a, b, beta, c, j0, j1);
  }

  private void gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c, int cj0, int cj1) {
    KernelChecks.Gemm dims = KernelChecks.gemm(transA, transB, a, b, c);
    int batch = dims.batch(), m = dims.m(), n = dims.n(), k = dims.k();
    int ar = a.shape().dim(-2), ac = a.shape().dim(-1);
    double[] ad = data(a), bd = data(b), cd = data(c);
    int aStride = a.shape().rank() == 3 ? ar * ac : 0, cStride = m * n;
    int bCount = b.shape().rank() == 3 ? batch : 1;
    // a transposed b is copied into k x n rows, so that every product runs the same kernel and order
    double[] bRows = bd;
    if (transB) {
      bRows = scratch(bCount * k * n);
      double[] t = bRows;
      parallel.forRange(bCount, (long) k * n, (b0, b1) -> Transpose.transposeEach(bd, t, n, k, b0, b1));
    }
    double[] bUsed = bRows;
    int bStride = bCount == 1 ? 0 : k * n;
    Block one = (item, i0, i1, j0, j1) -> Gemm.axpy(i0, i1, j0, j1, n, k, ad, item * aStride, transA ? 1 : k, transA ? m : 1,
        bUsed, item * bStride, alpha, beta, cd, item * cStride);
    if (batch == 1 && (cj0 != 0 || cj1 != n)) {
      one.run(0, 0, m, cj0, cj1);
    } else if (batch == 1 && !transA && alpha == 1.0 && beta == 0.0 && alongK(m, n, k)) {
      gemmAlongK(m, n, k, ad, bUsed, cd);
    } else if (batch == 1) {
      splitGemm(m, n, k, (i0, i1, j0, j1) -> one.run(0, i0, i1, j0, j1));
    } else {
      // a batch is split by items: each product is computed whole by one thread, as a single one would be
      parallel.forRange(batch, (long) m * n * k, (b0, b1) -> {
        for (int item = b0; item < b1; item++) {
          one.run(item, 0, m, 0, n);
        }
      });
    }
  }

  /** Rows per step of {@link #gemmAlongK}: one of the kernel's eight-row blocks (two four-row ones without AVX-512). */
  private static final int ROWS_PER_STEP = 8;

  /**
   * A layer's input times its weights (few rows, a long sum, the input gathered and the weights
   * updated by column ranges of the input: {@link #uploadBlocks} and the optimizer steps split them so)
   * is split along k when there are several threads, and rows enough that the pipeline's fill and
   * drain (stages - 1 steps) stay under a tenth of it: with many threads a row split is faster.
   */
  private boolean alongK(int m, int n, int k) {
    int stages = parallel.threads();
    int steps = (m + ROWS_PER_STEP - 1) / ROWS_PER_STEP;
    return stages > 1 && steps >= 10 * (stages - 1) && n >= 24 && k >= 128 * stages && k >= m;
  }

  /**
   * Thread t adds the terms of its range of k to each step of eight rows after thread t - 1 has added
   * its own, so the sums still run k ascending (the kernel continues from the partial sums in c) and
   * each thread reads only its part of a and b: the part it wrote itself. Split by rows instead, each
   * thread read half of the weights, and then updated half of them, in the other core's cache: the
   * TwoLayerNet's SGD step took 16.7 us instead of 4.4, and the training step about 10 us more.
   */
  private void gemmAlongK(int m, int n, int k, double[] a, double[] b, double[] c) {
    int stages = parallel.threads();
    int steps = (m + ROWS_PER_STEP - 1) / ROWS_PER_STEP;
    java.util.concurrent.atomic.AtomicIntegerArray done = new java.util.concurrent.atomic.AtomicIntegerArray(stages);
    parallel.forRange(stages, (long) m * n * k / stages, (s0, s1) -> {
      for (int s = s0; s < s1; s++) {
        int kFrom = (int) ((long) k * s / stages), kTo = (int) ((long) k * (s + 1) / stages);
        try {
          for (int step = 0; step < steps; step++) {
            while (s > 0 && done.get(s - 1) <= step) {
              Thread.onSpinWait();
            }
            int i0 = step * ROWS_PER_STEP;
            Gemm.terms(i0, Math.min(m, i0 + ROWS_PER_STEP), 0, n, n, kFrom, kTo, a, 0, k, 1, b, 0, c, 0);
            done.set(s, step + 1);
          }
        } finally {
          done.set(s, steps); // a failed stage must not leave the next one waiting for ever
        }
      }
    });
  }

  private interface Block {
    void run(int item, int i0, int i1, int j0, int j1);
  }

  private interface Range2 {
    void run(int i0, int i1, int j0, int j1);
  }
  /** Splits the rows of c across threads, or its columns when c is much wider than tall. */
  private void splitGemm(int m, int n, int k, Range2 block) {
    if (m >= 4 * parallel.threads() && n < 8 * m || n < 64) {
      parallel.forRange(m, (long) n * k, (i0, i1) -> block.run(i0, i1, 0, n));
    } else {
      int panels = (n + 15) / 16; // column ranges on 16-column boundaries keep the vector panels whole
      parallel.forRange(panels, 16L * m * k, (p0, p1) -> block.run(0, m, p0 * 16, Math.min(n, p1 * 16)));
    }
  }

  // ---- element-wise --------------------------------------------------------------------------

  @Override
  public void map(Activation f, Tensor x, Tensor out) {
    Checks.sameShape("map(" + f + ")", "x", x, "out", out);
    double[] xd = data(x), od = data(out);
    parallel.forRange(xd.length, f == Activation.SIGMOID || f == Activation.TANH ? 20 : 1,
        (from, to) -> Elementwise.forward(f, xd, od, from, to));
  }

  @Override
  public void mapColumns(Activation f, Tensor x, Tensor out, int j0, int j1) {
    KernelChecks.mapColumns(f, x, out, j0, j1);
    int rows = x.shape().rows(), cols = x.shape().rowSize();
    double[] xd = data(x), od = data(out);
    for (int i = 0; i < rows; i++) {
      for (int j = i * cols + j0, end = i * cols + j1; j < end; j++) {
        od[j] = f.apply(xd[j]);
      }
    }
  }

  @Override
  public void mapBackward(Activation f, Tensor x, Tensor y, Tensor dout, Tensor dx) {
    KernelChecks.mapBackward(f, x, y, dout, dx);
    double[] xd = data(x), yd = data(y), gd = data(dout), dd = data(dx);
    parallel.forRange(xd.length, 2, (from, to) -> Elementwise.backward(f, xd, yd, gd, dd, from, to));
  }

  @Override
  public void zip(BinaryOp op, Tensor a, Tensor b, Tensor out) {
    KernelChecks.zip(op, a, b, out);
    double[] ad = data(a), bd = data(b), od = data(out);
    parallel.forRange(ad.length, 2, (from, to) -> {
      for (int i = from; i < to; i++) {
        od[i] = op.apply(ad[i], bd[i]);
      }
    });
  }

  @Override
  public void scale(double alpha, Tensor x, Tensor out) {
    Checks.sameShape("scale", "x", x, "out", out);
    double[] xd = data(x), od = data(out);
    for (int i = 0; i < xd.length; i++) {
      od[i] = alpha * xd[i];
    }
  }

  @Override
  public void divide(Tensor x, double divisor, Tensor out) {
    Checks.sameShape("divide", "x", x, "out", out);
    double[] xd = data(x), od = data(out);
    for (int i = 0; i < xd.length; i++) {
      od[i] = xd[i] / divisor;
    }
  }

  @Override
  public void addBiasInPlace(Tensor x, Tensor bias, int axis) {
    KernelChecks.Axis ax = KernelChecks.axis("addBiasInPlace", x, axis, bias, "bias");
    int outer = ax.outer(), dim = ax.dim(), inner = ax.inner();
    double[] xd = data(x), bd = data(bias);
    parallel.forRange(outer, (long) dim * inner, (o0, o1) -> {
      for (int o = o0; o < o1; o++) {
        if (inner == 1) {
          for (int j = 0, row = o * dim; j < dim; j++) {
            xd[row + j] += bd[j];
          }
          continue;
        }
        for (int j = 0; j < dim; j++) {
          double b = bd[j];
          for (int i = (o * dim + j) * inner, end = i + inner; i < end; i++) {
            xd[i] += b;
          }
        }
      }
    });
  }

  @Override
  public void addBiasColumnsInPlace(Tensor x, Tensor bias, int j0, int j1) {
    KernelChecks.biasColumns(x, bias, j0, j1);
    int rows = x.shape().dim(0), cols = x.shape().dim(1);
    double[] xd = data(x), bd = data(bias);
    for (int i = 0; i < rows; i++) {
      for (int j = j0; j < j1; j++) {
        xd[i * cols + j] += bd[j];
      }
    }
  }

  @Override
  public void sumKeepingAxis(Tensor x, int axis, Tensor out) {
    KernelChecks.Axis ax = KernelChecks.axis("sumKeepingAxis", x, axis, out, "out");
    int outer = ax.outer(), dim = ax.dim(), inner = ax.inner();
    double[] xd = data(x), od = data(out);
    // one running sum per output element, over the other indices in row-major order
    if (inner == 1) {
      double[] acc = new double[dim];
      for (int o = 0; o < outer; o++) {
        for (int j = 0, row = o * dim; j < dim; j++) {
          acc[j] += xd[row + j];
        }
      }
      System.arraycopy(acc, 0, od, 0, dim);
      return;
    }
    int groups = (dim + 3) / 4;
    parallel.forRange(groups, 4L * outer * inner, (g0, g1) -> {
      for (int g = g0; g < g1; g++) {
        // four sums in flight: a lone chain of dependent additions would wait on each one
        int j = 4 * g, count = Math.min(4, dim - j);
        int o1 = Math.min(1, count - 1), o2 = Math.min(2, count - 1), o3 = Math.min(3, count - 1);
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        for (int o = 0; o < outer; o++) {
          int base = (o * dim + j) * inner;
          for (int i = 0; i < inner; i++) {
            s0 += xd[base + i];
            s1 += xd[base + o1 * inner + i];
            s2 += xd[base + o2 * inner + i];
            s3 += xd[base + o3 * inner + i];
          }
        }
        double[] sums = {s0, s1, s2, s3};
        System.arraycopy(sums, 0, od, j, count);
      }
    });
  }

  @Override
  public double sum(Tensor x) {
    double s = 0.0;
    for (double v : data(x)) {
      s += v;
    }
    return s;
  }

  @Override
  public double sumSquaredDifference(Tensor a, Tensor b) {
    Checks.sameShape("sumSquaredDifference", "a", a, "b", b);
    double[] ad = data(a), bd = data(b);
    double s = 0.0;
    for (int i = 0; i < ad.length; i++) {
      double d = ad[i] - bd[i];
      s += d * d;
    }
    return s;
  }

  @Override
  public double sumAbsoluteDifference(Tensor a, Tensor b) {
    Checks.sameShape("sumAbsoluteDifference", "a", a, "b", b);
    double[] ad = data(a), bd = data(b);
    double s = 0.0;
    for (int i = 0; i < ad.length; i++) {
      s += Math.abs(ad[i] - bd[i]);
    }
    return s;
  }

  @Override
  public int[] argmaxRows(Tensor x) {
    KernelChecks.matrix("argmaxRows", x);
    int rows = x.shape().dim(0), cols = x.shape().dim(1);
    double[] xd = data(x);
    int[] out = new int[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = Softmax.argmax(xd, i * cols, cols);
    }
    return out;
  }

  // ---- softmax and cross-entropy -------------------------------------------------------------

  @Override
  public void softmaxRows(Tensor x, Tensor out) {
    KernelChecks.matrix("softmaxRows", x);
    Checks.sameShape("softmaxRows", "x", x, "out", out);
    int rows = x.shape().dim(0), cols = x.shape().dim(1);
    double[] xd = data(x), od = data(out);
    parallel.forRange(rows, 20L * cols, (r0, r1) -> softmaxRange(xd, od, cols, r0, r1));
  }

  /** {@link Softmax#row}'s arithmetic for rows {@code [r0, r1)}, with the exps of all those rows on vectors at once. */
  private static void softmaxRange(double[] x, double[] out, int cols, int r0, int r1) {
    for (int i = r0; i < r1; i++) {
      int off = i * cols;
      double max = x[off];
      for (int j = 1; j < cols; j++) {
        max = Math.max(max, x[off + j]);
      }
      for (int j = 0; j < cols; j++) {
        out[off + j] = x[off + j] - max;
      }
    }
    StrictExp.exp(out, out, r0 * cols, r1 * cols);
    for (int i = r0; i < r1; i++) {
      int off = i * cols;
      double sum = 0.0;
      for (int j = 0; j < cols; j++) {
        sum += out[off + j];
      }
      for (int j = 0; j < cols; j++) {
        out[off + j] = out[off + j] / sum;
      }
    }
  }

  @Override
  public double softmaxCrossEntropy(Tensor logits, Tensor target, Tensor probs, double delta) {
    softmaxRows(logits, probs);
    int rows = probs.shape().dim(0), cols = probs.shape().dim(1);
    int[] labels = labelsOf("softmaxCrossEntropy", target, rows, cols);
    double[] p = data(probs);
    double s = 0.0;
    for (int i = 0; i < rows; i++) {
      s += StrictMath.log(p[i * cols + labels[i]] + delta);
    }
    return -s / rows;
  }

  @Override
  public void softmaxCrossEntropyBackward(Tensor probs, Tensor target, Tensor dx) {
    Checks.sameShape("softmaxCrossEntropyBackward", "probs", probs, "dx", dx);
    int rows = probs.shape().dim(0), cols = probs.shape().dim(1);
    double[] p = data(probs), d = data(dx);
    if (target.shape().equals(probs.shape())) {
      double[] t = data(target);
      for (int i = 0; i < p.length; i++) {
        d[i] = (p[i] - t[i]) / rows;
      }
    } else {
      int[] labels = labelsOf("softmaxCrossEntropyBackward", target, rows, cols);
      System.arraycopy(p, 0, d, 0, p.length);
      for (int i = 0; i < rows; i++) {
        d[i * cols + labels[i]] -= 1.0;
      }
      for (int i = 0; i < d.length; i++) {
        d[i] = d[i] / rows;
      }
    }
  }

  /** Class indices from one-hot rows (their argmax, as the textbook does) or from a label vector. */
  private int[] labelsOf(String op, Tensor target, int rows, int cols) {
    return KernelChecks.oneHot(op, target, rows, cols) ? argmaxRows(target) : KernelChecks.labels(op, data(target), cols);
  }

  // ---- convolution and pooling ---------------------------------------------------------------

  @Override
  public void im2col(Tensor x, ConvGeometry g, Tensor cols) {
    KernelChecks.im2col(x, g, cols);
    double[] xd = data(x), cd = data(cols);
    parallel.forRange(g.batch(), (long) g.patchSize() * g.outHeight() * g.outWidth(),
        (n0, n1) -> ConvKernels.im2col(g, xd, cd, n0, n1));
  }

  @Override
  public void col2im(Tensor cols, ConvGeometry g, Tensor dx) {
    KernelChecks.col2im(cols, g, dx);
    double[] cd = data(cols), dd = data(dx);
    parallel.forRange(g.batch(), (long) g.patchSize() * g.outHeight() * g.outWidth(),
        (n0, n1) -> ConvKernels.col2im(g, cd, dd, n0, n1));
  }

  @Override
  public void maxPoolForward(Tensor x, ConvGeometry g, Tensor out, Tensor argmax) {
    KernelChecks.maxPoolForward(x, g, out, argmax);
    double[] xd = data(x), od = data(out), ad = data(argmax);
    parallel.forRange(g.batch() * g.channels(), (long) g.outHeight() * g.outWidth() * g.windowSize(),
        (p0, p1) -> ConvKernels.maxPoolForward(g, xd, od, ad, p0, p1));
  }

  @Override
  public void maxPoolBackward(Tensor dout, Tensor argmax, ConvGeometry g, Tensor dx) {
    KernelChecks.maxPoolBackward(dout, argmax, g, dx);
    double[] gd = data(dout), ad = data(argmax), dd = data(dx);
    parallel.forRange(g.batch() * g.channels(), (long) g.height() * g.width(),
        (p0, p1) -> ConvKernels.maxPoolBackward(g, gd, ad, dd, p0, p1));
  }

  // ---- optimizer updates: the textbook's expressions, in Updates ---------------------------------
  // Element-wise, so any split gives the same bits. Contiguous chunks are the weight rows each thread's
  // gradient product wrote and its gemmAlongK stage reads, so each thread updates what is in its own
  // cache: TwoLayerNet's 784 x 50 update took 31 us a step on one thread, 4.4 us split so.

  @Override
  public void sgdStep(Tensor p, Tensor g, double lr) {
    KernelChecks.update("sgdStep", p, g);
    double[] pd = data(p), gd = data(g);
    parallel.forRange(pd.length, 1, (from, to) -> Updates.sgd(pd, gd, lr, from, to));
  }

  @Override
  public void momentumStep(Tensor p, Tensor g, Tensor v, double lr, double momentum) {
    KernelChecks.update("momentumStep", p, g, v);
    double[] pd = data(p), gd = data(g), vd = data(v);
    parallel.forRange(pd.length, 2, (from, to) -> Updates.momentum(pd, gd, vd, lr, momentum, from, to));
  }

  @Override
  public void adaGradStep(Tensor p, Tensor g, Tensor h, double lr, double eps) {
    KernelChecks.update("adaGradStep", p, g, h);
    double[] pd = data(p), gd = data(g), hd = data(h);
    parallel.forRange(pd.length, 8, (from, to) -> Updates.adaGrad(pd, gd, hd, lr, eps, from, to));
  }

  @Override
  public void rmsPropStep(Tensor p, Tensor g, Tensor h, double lr, double decay, double eps) {
    KernelChecks.update("rmsPropStep", p, g, h);
    double[] pd = data(p), gd = data(g), hd = data(h);
    parallel.forRange(pd.length, 8, (from, to) -> Updates.rmsProp(pd, gd, hd, lr, decay, eps, from, to));
  }

  @Override
  public void adamStep(
      Tensor p, Tensor g, Tensor m, Tensor v, int t, double lr, double beta1, double beta2, double eps,
      AdamConvention convention) {
    KernelChecks.adam(p, g, m, v, t);
    double[] pd = data(p), gd = data(g), md = data(m), vd = data(v);
    parallel.forRange(pd.length, 10, (from, to) -> Updates.adam(pd, gd, md, vd, t, lr, beta1, beta2, eps, convention, from, to));
  }

  @Override
  public void close() {
    parallel.close();
  }

  @Override
  public String toString() {
    return "CpuBackend[" + parallel.threads() + " threads]";
  }
}
