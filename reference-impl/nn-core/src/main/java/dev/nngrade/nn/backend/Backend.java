package dev.nngrade.nn.backend;

import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import org.apiguardian.api.API;

/**
 * The handful of kernels that layers, losses and optimizers are written against, so that they are
 * written once and run on the CPU (the ground truth, {@code double}) or on a GPU.
 *
 * <p>Conventions: every kernel writes its result into its output arguments ({@code out}, {@code
 * dx}, {@code c}, parameters and optimizer state), overwriting them; it never modifies its other
 * arguments, except where the name ends in {@code InPlace}. All tensors passed to one call must
 * belong to this backend. Shapes are checked before any work, and a mismatch is an {@link
 * IllegalArgumentException} naming the kernel and both shapes. Tensors are row-major; images are
 * NCHW. A backend is not thread-safe: one training loop uses one backend.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Backend extends AutoCloseable {

  /** A short name such as {@code cpu} or {@code opencl}. */
  String name();

  /** The device it computes on, in words (for logs and benchmark records). */
  String device();

  Precision precision();

  // ---- memory -------------------------------------------------------------------------------

  /** A new tensor of zeros. */
  Tensor zeros(Shape shape);

  /** A new tensor holding {@code values} (row-major; rounded to float on a float32 backend). */
  Tensor fromHost(double[] values, Shape shape);

  /** Copies {@code values} into the existing tensor {@code out}. */
  void upload(double[] values, Tensor out);

  /**
   * Lets {@code writer} fill {@code out} from the host: it receives an array of {@code out.size()}
   * doubles whose contents it must overwrite completely. The CPU backend hands over the tensor's own
   * storage (no copy); others fill a staging array and upload it.
   */
  default void uploadWith(Tensor out, java.util.function.Consumer<double[]> writer) {
    double[] staging = new double[out.size()];
    writer.accept(staging);
    upload(staging, out);
  }

  /** Fills rows {@code [rowFrom, rowTo)}, columns {@code [colFrom, colTo)} of a row-major host array. */
  interface BlockWriter {
    void write(double[] target, int rowFrom, int rowTo, int colFrom, int colTo);
  }

  /**
   * {@link #uploadWith} for {@code rows} rows whose elements can be written independently: the writer
   * may be called on several threads at once, each with its own block, and must write each element
   * the same way whichever thread does it. The CPU backend splits the columns the way it splits the
   * sums of a product with this tensor on the left, so that each thread computes with what it wrote.
   */
  default void uploadBlocks(Tensor out, int rows, BlockWriter writer) {
    KernelChecks.rows("uploadBlocks", out, rows);
    uploadWith(out, x -> writer.write(x, 0, rows, 0, out.size() / rows));
  }

  /** The contents as doubles. */
  double[] toHost(Tensor t);

  /** {@code out = src}. */
  void copy(Tensor src, Tensor out);

  /** Sets every element of {@code out} to {@code value}. */
  void fill(double value, Tensor out);

  /**
   * {@code reuse} when it is a tensor of this backend with exactly {@code shape}, else a new tensor
   * of zeros. Layers use it to keep their buffers across training steps.
   */
  default Tensor reuseOrZeros(Tensor reuse, Shape shape) {
    if (reuse != null && reuse.backend() == this && reuse.shape().equals(shape)) {
      return reuse;
    }
    return zeros(shape);
  }

  // ---- linear algebra ------------------------------------------------------------------------

  /**
   * {@code c = alpha op(a) op(b) + beta c}, where {@code op(m)} is {@code m} or its transpose. The
   * operands are matrices, or {@code c} is a batch {@code [B, rows, cols]} of matrices and each of
   * {@code a} and {@code b} is a batch of the same size or one matrix shared by every item. With {@code
   * beta == 0} the old contents of {@code c} are ignored (a NaN there does not leak). The CPU backend
   * sums each element over {@code k} in a fixed order, so the result does not depend on the number of threads.
   */
  void gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c);

  /**
   * {@link #gemm} for columns {@code [j0, j1)} of a matrix {@code c} only; the other columns are left
   * alone, and each computed element has exactly the value {@code gemm} gives it. Numerical gradients
   * use it to recompute the one column of an affine output that a weight affects.
   */
  void gemmColumns(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c, int j0, int j1);

  // ---- element-wise --------------------------------------------------------------------------

  /** {@code out = f(x)}. */
  void map(Activation f, Tensor x, Tensor out);

  /** {@link #map} for columns {@code [j0, j1)} of the 2-D view {@code [rows, rowSize]} of {@code x} and {@code out} only. */
  void mapColumns(Activation f, Tensor x, Tensor out, int j0, int j1);

  /** {@code dx = dout * f'(x)} as {@link Activation#backward} writes it, given {@code y = f(x)} too. */
  void mapBackward(Activation f, Tensor x, Tensor y, Tensor dout, Tensor dx);

  /** {@code out = a (op) b}. */
  void zip(BinaryOp op, Tensor a, Tensor b, Tensor out);

  /** {@code out = alpha x}. */
  void scale(double alpha, Tensor x, Tensor out);

  /** {@code out = x / divisor}: a true division, as the textbook writes {@code (y - t) / batch_size}. */
  void divide(Tensor x, double divisor, Tensor out);

  /**
   * Adds {@code bias[j]} to every element of {@code x} whose index along {@code axis} is {@code j}:
   * axis 1 of {@code [N, out]} is the Affine layer's {@code XW + b}, axis 1 of {@code [N, C, H*W]}
   * a per-channel bias.
   */
  void addBiasInPlace(Tensor x, Tensor bias, int axis);

  /** {@link #addBiasInPlace} along the last axis of a matrix, for its columns {@code [j0, j1)} only. */
  void addBiasColumnsInPlace(Tensor x, Tensor bias, int j0, int j1);

  // ---- reductions ----------------------------------------------------------------------------

  /**
   * {@code out[j]} = the sum of every element of {@code x} whose index along {@code axis} is {@code j}:
   * axis 1 of {@code [N, out]} is the Affine layer's {@code db = sum(dout, axis=0)}, axis 1 of {@code
   * [N, C, H*W]} a per-channel sum. The CPU backend adds in row-major order.
   */
  void sumKeepingAxis(Tensor x, int axis, Tensor out);

  /** The sum of all elements. */
  double sum(Tensor x);

  /** {@code sum((a - b)^2)} over all elements. */
  double sumSquaredDifference(Tensor a, Tensor b);

  /** {@code sum(|a - b|)} over all elements. */
  double sumAbsoluteDifference(Tensor a, Tensor b);

  /** For each row of a 2-D tensor, the column of its largest element (the first one on ties). */
  int[] argmaxRows(Tensor x);

  // ---- softmax and cross-entropy -------------------------------------------------------------

  /** Row-wise softmax of a 2-D tensor with the row maximum subtracted first (overflow guard, DLFS §3.5.2). */
  void softmaxRows(Tensor x, Tensor out);

  /**
   * Softmax of the rows of {@code logits} into {@code probs}, and the batch-mean cross-entropy
   * {@code -sum(log(p[i, t_i] + delta)) / N} (DLFS §4.2.4 uses {@code delta = 1e-7}). {@code target}
   * is either one-hot {@code [N, K]} (its argmax is the label, as in the textbook) or a label vector
   * {@code [N]} of class indices.
   */
  double softmaxCrossEntropy(Tensor logits, Tensor target, Tensor probs, double delta);

  /** {@code dx = (probs - onehot(target)) / N}, the backward of {@link #softmaxCrossEntropy}. */
  void softmaxCrossEntropyBackward(Tensor probs, Tensor target, Tensor dx);

  // ---- convolution and pooling ---------------------------------------------------------------

  /**
   * Unfolds the windows of {@code x} ({@code [N, C, H, W]}) into {@code cols} of shape {@code [N,
   * C*KH*KW, OH*OW]}: for image {@code n}, row {@code (c, ky, kx)} and column {@code (oy, ox)}. Each
   * image's block is the transpose of its rows of the textbook's {@code im2col} matrix (DLFS §7.4.3),
   * so that the convolution is a batch of products {@code W · cols[n]} that come out in NCHW order.
   * Positions in the padding read 0.
   */
  void im2col(Tensor x, ConvGeometry g, Tensor cols);

  /** The adjoint of {@link #im2col}: sums each entry of {@code cols} back into its pixel of {@code dx}. */
  void col2im(Tensor cols, ConvGeometry g, Tensor dx);

  /**
   * Max pooling of {@code x} ({@code [N, C, H, W]}) into {@code out} ({@code [N, C, OH, OW]}); {@code
   * argmax} receives, per output, the index within its window ({@code ky*KW + kx}) of the first
   * maximum. Padding reads 0, as the textbook's {@code np.pad} does.
   */
  void maxPoolForward(Tensor x, ConvGeometry g, Tensor out, Tensor argmax);

  /** Routes each {@code dout} element to the input position its window's maximum came from. */
  void maxPoolBackward(Tensor dout, Tensor argmax, ConvGeometry g, Tensor dx);

  // ---- optimizer updates (DLFS common/optimizer.py) -------------------------------------------

  /** {@code p -= lr g}. */
  void sgdStep(Tensor p, Tensor g, double lr);

  /** {@code v = momentum v - lr g; p += v}. */
  void momentumStep(Tensor p, Tensor g, Tensor v, double lr, double momentum);

  /** {@code h += g^2; p -= lr g / (sqrt(h) + eps)}. */
  void adaGradStep(Tensor p, Tensor g, Tensor h, double lr, double eps);

  /** {@code h = decay h + (1 - decay) g^2; p -= lr g / (sqrt(h) + eps)}. */
  void rmsPropStep(Tensor p, Tensor g, Tensor h, double lr, double decay, double eps);

  /** One Adam update at step {@code t} (1-based) in the given convention. */
  void adamStep(
      Tensor p, Tensor g, Tensor m, Tensor v, int t, double lr, double beta1, double beta2, double eps,
      AdamConvention convention);

  /** Returns once every kernel submitted so far has finished; the CPU backend is always finished. Benchmarks time with it. */
  default void synchronize() {}

  /** Releases device resources; the CPU backend stops its worker threads. */
  @Override
  void close();
}
