package dev.nngrade.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.LayerContract;
import dev.nngrade.nn.testkit.TensorAssertions;
import dev.nngrade.nn.testkit.Tolerance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConvolutionTests {

  static Convolution conv(int filters, int channels, int k, int stride, int pad, long seed) {
    var r = Fixtures.random(seed);
    return new Convolution(
        new Parameter("W", LayerContract.BACKEND.fromHost(Fixtures.gaussian(r, filters * channels * k * k, 0.5), Shape.of(filters, channels, k, k))),
        new Parameter("b", LayerContract.BACKEND.fromHost(Fixtures.gaussian(r, filters, 0.5), Shape.of(filters))),
        stride, pad);
  }

  /** A contract instance for one geometry. */
  abstract static class Geometry implements LayerContract {
    final int n, c, h, w, filters, k, stride, pad;

    Geometry(int n, int c, int h, int w, int filters, int k, int stride, int pad) {
      this.n = n;
      this.c = c;
      this.h = h;
      this.w = w;
      this.filters = filters;
      this.k = k;
      this.stride = stride;
      this.pad = pad;
    }

    @Override
    public Layer layer() {
      return conv(filters, c, k, stride, pad, 21);
    }

    @Override
    public Tensor input() {
      return BACKEND.fromHost(Fixtures.gaussian(Fixtures.random(22), n * c * h * w, 1.0), Shape.of(n, c, h, w));
    }

    @Override
    public Shape expectedOutputShape() {
      return Shape.of(n, filters, (h + 2 * pad - k) / stride + 1, (w + 2 * pad - k) / stride + 1);
    }
  }

  @Nested
  class Stride1Pad0 extends Geometry {
    Stride1Pad0() {
      super(2, 3, 5, 5, 4, 3, 1, 0);
    }
  }

  @Nested
  class Stride1Pad1 extends Geometry {
    Stride1Pad1() {
      super(2, 2, 4, 5, 3, 3, 1, 1);
    }
  }

  @Nested
  class Stride2Pad1 extends Geometry {
    Stride2Pad1() {
      super(1, 2, 7, 7, 2, 3, 2, 1);
    }
  }

  @Nested
  class Stride3Pad2 extends Geometry {
    Stride3Pad2() {
      super(2, 1, 7, 4, 2, 2, 3, 2);
    }
  }

  /** Lecture 003: the 4x4 vertical-stripe filter gives 8 on vertical stripes and 0 on horizontal ones. */
  @Test
  void lecture003StripeFilter() {
    double[] filter = {1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1};
    Convolution detector = new Convolution(
        new Parameter("W", LayerContract.BACKEND.fromHost(filter, Shape.of(1, 1, 4, 4))),
        new Parameter("b", LayerContract.BACKEND.zeros(Shape.of(1))), 1, 0);
    double[] vertical = {1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0};
    double[] horizontal = {1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0};
    assertArrayEquals(new double[] {8}, detector.forward(LayerContract.BACKEND.fromHost(vertical, Shape.of(1, 1, 4, 4))).toArray());
    assertArrayEquals(new double[] {0}, detector.forward(LayerContract.BACKEND.fromHost(horizontal, Shape.of(1, 1, 4, 4))).toArray());
  }

  /** The layer against the definition, a direct six-fold loop, on a padded, strided case. */
  @Test
  void agreesWithTheDirectDefinition() {
    int n = 2, c = 3, h = 6, w = 5, f = 2, k = 3, s = 2, p = 1;
    Convolution layer = conv(f, c, k, s, p, 31);
    double[] x = Fixtures.gaussian(Fixtures.random(32), n * c * h * w, 1);
    double[] wt = layer.parameters().get(0).value().toArray();
    double[] b = layer.parameters().get(1).value().toArray();
    int oh = (h + 2 * p - k) / s + 1, ow = (w + 2 * p - k) / s + 1;
    double[] expected = new double[n * f * oh * ow];
    for (int i = 0; i < n; i++) {
      for (int o = 0; o < f; o++) {
        for (int y = 0; y < oh; y++) {
          for (int z = 0; z < ow; z++) {
            double sum = b[o];
            for (int ch = 0; ch < c; ch++) {
              for (int u = 0; u < k; u++) {
                for (int v = 0; v < k; v++) {
                  int iy = y * s + u - p, ix = z * s + v - p;
                  if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                    sum += wt[((o * c + ch) * k + u) * k + v] * x[((i * c + ch) * h + iy) * w + ix];
                  }
                }
              }
            }
            expected[((i * f + o) * oh + y) * ow + z] = sum;
          }
        }
      }
    }
    Tensor out = layer.forward(LayerContract.BACKEND.fromHost(x, Shape.of(n, c, h, w)));
    TensorAssertions.assertClose(expected, out, Tolerance.of(1e-13, 1e-13), "convolution");
  }

  @Test
  void aChannelMismatchNamesBothShapes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> conv(4, 3, 3, 1, 0, 1).forward(LayerContract.BACKEND.zeros(Shape.of(2, 1, 8, 8))));
    assertTrue(e.getMessage().contains("[2, 1, 8, 8]") && e.getMessage().contains("[4, 3, 3, 3]"), e.getMessage());
  }

  @Test
  void aWindowLargerThanThePaddedInputIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> conv(1, 1, 5, 1, 0, 1).forward(LayerContract.BACKEND.zeros(Shape.of(1, 1, 4, 6))));
    assertTrue(e.getMessage().contains("5-wide window does not fit an input height of 4"), e.getMessage());
  }

  /** The textbook's output size floors: a 6-wide input, 3-wide window, stride 2, no pad gives 2 columns (the last is unused). */
  @Test
  void outputSizeFloorsLikeTheTextbook() {
    assertArrayEquals(new int[] {1, 1, 2, 2}, conv(1, 1, 3, 2, 0, 1).forward(LayerContract.BACKEND.zeros(Shape.of(1, 1, 6, 6))).shape().dims());
  }
}
