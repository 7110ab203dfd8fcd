package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import java.util.List;

/**
 * 2-D convolution (cross-correlation, as every deep-learning library and lecture 003 compute it)
 * through im2col (DLFS §7.4.3): {@code out[n,f,y,x] = b[f] + Σ_{c,i,j} W[f,c,i,j] x[n,c,y·s+i−p, x·s+j−p]}.
 *
 * <p>With {@code cols[n]} the unfolded image {@code n} ({@code [C·FH·FW, OH·OW]}; see {@link Backend#im2col})
 * and {@code W_mat} the filters as {@code [FN, C·FH·FW]}, the forward is {@code out[n] = W_mat · cols[n] + b},
 * and the backward is {@code dW = Σ_n dout[n] · cols[n]^T} (summed over images in order), {@code db =
 * Σ dout}, {@code dx = col2im(W_mat^T · dout[n])}.
 */
public final class Convolution implements Layer {
  private final Parameter w;
  private final Parameter b;
  private final int stride;
  private final int pad;
  private boolean inputGradient = true;
  private ConvGeometry geometry;
  private Tensor cols;
  private Tensor out;
  private Tensor dwPerImage;
  private Tensor dcols;
  private Tensor dx;

  /** {@code W} is {@code [FN, C, FH, FW]}, {@code b} is {@code [FN]}. */
  public Convolution(Parameter w, Parameter b, int stride, int pad) {
    Shape ws = w.value().shape();
    Checks.check(ws.rank() == 4, () -> "Convolution: W has shape " + ws + ", expected [filters, channels, height, width]");
    Checks.check(
        b.value().shape().equals(Shape.of(ws.dim(0))),
        () -> "Convolution: b has shape " + b.value().shape() + ", expected [" + ws.dim(0) + "] (one per filter of W " + ws + ")");
    this.w = w;
    this.b = b;
    this.stride = Checks.positive("stride", stride);
    Checks.check(pad >= 0, () -> "Convolution: pad must be non-negative, got " + pad);
    this.pad = pad;
  }

  private int filters() {
    return w.value().shape().dim(0);
  }

  @Override
  public Tensor forward(Tensor x, boolean train) {
    Shape ws = w.value().shape();
    Checks.check(
        x.shape().rank() == 4 && x.shape().dim(1) == ws.dim(1),
        () -> "Convolution.forward: x has shape " + x.shape() + ", expected [N, " + ws.dim(1) + ", H, W] (W is " + ws + ")");
    Backend be = x.backend();
    Shape xs = x.shape();
    geometry = new ConvGeometry(xs.dim(0), xs.dim(1), xs.dim(2), xs.dim(3), ws.dim(2), ws.dim(3), stride, pad);
    int n = xs.dim(0), spatial = geometry.outHeight() * geometry.outWidth();
    cols = be.reuseOrZeros(cols, Shape.of(n, geometry.patchSize(), spatial));
    be.im2col(x, geometry, cols);
    out = be.reuseOrZeros(out, Shape.of(n, filters(), geometry.outHeight(), geometry.outWidth()));
    Tensor out3 = out.reshape(n, filters(), spatial);
    be.gemm(false, false, 1.0, weightMatrix(), cols, 0.0, out3);
    be.addBiasInPlace(out3, b.value(), 1);
    return out;
  }

  private Tensor weightMatrix() {
    return w.value().reshape(filters(), geometry.patchSize());
  }

  @Override
  public Tensor backward(Tensor dout) {
    if (geometry == null) {
      throw new IllegalStateException("Convolution.backward called before forward");
    }
    Checks.shape("Convolution.backward", "dout", dout, out.shape());
    Backend be = dout.backend();
    int n = geometry.batch(), spatial = geometry.outHeight() * geometry.outWidth(), patch = geometry.patchSize();
    Tensor dout3 = dout.reshape(n, filters(), spatial);
    be.sumKeepingAxis(dout3, 1, b.grad());
    dwPerImage = be.reuseOrZeros(dwPerImage, Shape.of(n, filters() * patch));
    be.gemm(false, true, 1.0, dout3, cols, 0.0, dwPerImage.reshape(n, filters(), patch));
    be.sumKeepingAxis(dwPerImage, 1, w.grad().reshape(filters() * patch));
    if (!inputGradient) {
      return null;
    }
    dcols = be.reuseOrZeros(dcols, cols.shape());
    be.gemm(true, false, 1.0, weightMatrix(), dout3, 0.0, dcols);
    dx = be.reuseOrZeros(dx, Shape.of(n, geometry.channels(), geometry.height(), geometry.width()));
    be.col2im(dcols, geometry, dx);
    return dx;
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(w, b);
  }

  @Override
  public void skipInputGradient() {
    inputGradient = false;
  }

  @Override
  public String toString() {
    return "Convolution" + w.value().shape() + "(stride " + stride + ", pad " + pad + ")";
  }
}
