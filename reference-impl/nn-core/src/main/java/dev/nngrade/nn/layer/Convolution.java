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
 * <p>With {@code colT} the unfolded input ({@code [C·FH·FW, N·OH·OW]}; see {@link Backend#im2col}),
 * the forward is {@code W_mat · colT + b}, and the backward is {@code dW = dout_mat · colT^T},
 * {@code db = Σ dout}, {@code dx = col2im(W_mat^T · dout_mat)}.
 */
public final class Convolution implements Layer {
  private final Parameter w;
  private final Parameter b;
  private final int stride;
  private final int pad;
  private boolean inputGradient = true;
  private ConvGeometry geometry;
  private Tensor colT;
  private Tensor outT;
  private Tensor out;
  private Tensor doutT;
  private Tensor dcolT;
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
    int positions = geometry.positions();
    int spatial = geometry.outHeight() * geometry.outWidth();
    colT = be.reuseOrZeros(colT, Shape.of(geometry.patchSize(), positions));
    be.im2col(x, geometry, colT);
    outT = be.reuseOrZeros(outT, Shape.of(filters(), positions));
    be.gemm(false, false, 1.0, weightMatrix(), colT, 0.0, outT);
    be.addBiasInPlace(outT, b.value(), 0);
    out = be.reuseOrZeros(out, Shape.of(xs.dim(0), filters(), geometry.outHeight(), geometry.outWidth()));
    be.swapLeadingAxes(outT, filters(), xs.dim(0), out); // [FN, N, OH*OW] -> [N, FN, OH*OW]
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
    doutT = be.reuseOrZeros(doutT, outT.shape());
    be.swapLeadingAxes(dout, geometry.batch(), filters(), doutT);
    be.sumAlongAxis(doutT, 1, b.grad());
    be.gemm(false, true, 1.0, doutT, colT, 0.0, w.grad().reshape(filters(), geometry.patchSize()));
    if (!inputGradient) {
      return null;
    }
    dcolT = be.reuseOrZeros(dcolT, colT.shape());
    be.gemm(true, false, 1.0, weightMatrix(), doutT, 0.0, dcolT);
    dx = be.reuseOrZeros(dx, Shape.of(geometry.batch(), geometry.channels(), geometry.height(), geometry.width()));
    be.col2im(dcolT, geometry, dx);
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
