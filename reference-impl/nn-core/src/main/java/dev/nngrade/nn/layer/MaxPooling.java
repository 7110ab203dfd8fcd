package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;

/**
 * Max pooling per channel (DLFS §7.4.4): each output is the largest input of its window; the
 * backward routes each gradient to the position of that maximum (the first one on ties, as {@code
 * argmax} picks it).
 */
public final class MaxPooling implements Layer {
  private final int poolHeight;
  private final int poolWidth;
  private final int stride;
  private final int pad;
  private ConvGeometry geometry;
  private Tensor out;
  private Tensor argmax;
  private Tensor dx;

  public MaxPooling(int poolHeight, int poolWidth, int stride, int pad) {
    this.poolHeight = Checks.positive("pool height", poolHeight);
    this.poolWidth = Checks.positive("pool width", poolWidth);
    this.stride = Checks.positive("stride", stride);
    Checks.check(pad >= 0, () -> "MaxPooling: pad must be non-negative, got " + pad);
    this.pad = pad;
  }

  /** The window geometry for an input of shape {@code [N, C, H, W]}. */
  public ConvGeometry geometry(Shape input) {
    return new ConvGeometry(input.dim(0), input.dim(1), input.dim(2), input.dim(3), poolHeight, poolWidth, stride, pad);
  }

  @Override
  public Tensor forward(Tensor x, boolean train) {
    Checks.rank("MaxPooling.forward", "x", x, 4, "[N, C, H, W]");
    Shape xs = x.shape();
    Backend be = x.backend();
    geometry = geometry(xs);
    Shape os = Shape.of(xs.dim(0), xs.dim(1), geometry.outHeight(), geometry.outWidth());
    out = be.reuseOrZeros(out, os);
    argmax = be.reuseOrZeros(argmax, os);
    be.maxPoolForward(x, geometry, out, argmax);
    return out;
  }

  @Override
  public Tensor backward(Tensor dout) {
    if (geometry == null) {
      throw new IllegalStateException("MaxPooling.backward called before forward");
    }
    Checks.shape("MaxPooling.backward", "dout", dout, out.shape());
    Backend be = dout.backend();
    dx = be.reuseOrZeros(dx, Shape.of(geometry.batch(), geometry.channels(), geometry.height(), geometry.width()));
    be.maxPoolBackward(dout, argmax, geometry, dx);
    return dx;
  }

  @Override
  public String toString() {
    return "MaxPooling(" + poolHeight + "x" + poolWidth + ", stride " + stride + ", pad " + pad + ")";
  }
}
