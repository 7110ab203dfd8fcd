package dev.nngrade.nn.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.function.Softmax;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.TensorAssertions;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The CPU backend's other kernels against their definitions, written out plainly here. */
class KernelTests {
  static final CpuBackend BE = new CpuBackend(2);

  @AfterAll
  static void close() {
    BE.close();
  }

  static Stream<Arguments> geometries() {
    return Stream.of(
        Arguments.of(new ConvGeometry(2, 3, 5, 5, 3, 3, 1, 0)),
        Arguments.of(new ConvGeometry(2, 2, 6, 5, 3, 3, 2, 1)),
        Arguments.of(new ConvGeometry(1, 1, 7, 7, 2, 2, 2, 0)),
        Arguments.of(new ConvGeometry(3, 2, 4, 6, 1, 3, 1, 2)),
        Arguments.of(new ConvGeometry(1, 4, 28, 28, 5, 5, 1, 0)));
  }

  /** The textbook's im2col, element by element: row (n, oy, ox), column (c, ky, kx). */
  static double[] textbookCol(double[] x, ConvGeometry g) {
    int oh = g.outHeight(), ow = g.outWidth(), cols = g.patchSize();
    double[] col = new double[g.positions() * cols];
    for (int n = 0; n < g.batch(); n++) {
      for (int oy = 0; oy < oh; oy++) {
        for (int ox = 0; ox < ow; ox++) {
          int row = (n * oh + oy) * ow + ox;
          for (int c = 0; c < g.channels(); c++) {
            for (int ky = 0; ky < g.kernelHeight(); ky++) {
              for (int kx = 0; kx < g.kernelWidth(); kx++) {
                int iy = oy * g.stride() + ky - g.pad(), ix = ox * g.stride() + kx - g.pad();
                double v = iy < 0 || iy >= g.height() || ix < 0 || ix >= g.width()
                    ? 0 : x[((n * g.channels() + c) * g.height() + iy) * g.width() + ix];
                col[row * cols + (c * g.kernelHeight() + ky) * g.kernelWidth() + kx] = v;
              }
            }
          }
        }
      }
    }
    return col;
  }

  static Shape image(ConvGeometry g) {
    return Shape.of(g.batch(), g.channels(), g.height(), g.width());
  }

  static Shape columns(ConvGeometry g) {
    return Shape.of(g.batch(), g.patchSize(), g.outHeight() * g.outWidth());
  }

  /** Image n's block of cols is the transpose of image n's rows of the textbook's matrix. */
  @ParameterizedTest
  @MethodSource("geometries")
  void im2colHoldsTheTextbooksMatrixTransposedPerImage(ConvGeometry g) {
    double[] x = Fixtures.gaussian(Fixtures.random(1), image(g).size(), 1);
    Tensor cols = BE.zeros(columns(g));
    BE.im2col(BE.fromHost(x, image(g)), g, cols);
    double[] col = textbookCol(x, g);
    double[] got = cols.toArray();
    int spatial = g.outHeight() * g.outWidth();
    for (int r = 0; r < g.positions(); r++) {
      int n = r / spatial, pos = r % spatial;
      for (int c = 0; c < g.patchSize(); c++) {
        assertEquals(col[r * g.patchSize() + c], got[(n * g.patchSize() + c) * spatial + pos], "row " + r + " column " + c);
      }
    }
  }

  /** col2im is the adjoint of im2col: <im2col(x), y> = <x, col2im(y)>. */
  @ParameterizedTest
  @MethodSource("geometries")
  void col2imIsTheAdjointOfIm2col(ConvGeometry g) {
    double[] x = Fixtures.gaussian(Fixtures.random(2), image(g).size(), 1);
    double[] y = Fixtures.gaussian(Fixtures.random(3), g.patchSize() * g.positions(), 1);
    Tensor colT = BE.zeros(columns(g));
    BE.im2col(BE.fromHost(x, image(g)), g, colT);
    Tensor back = BE.zeros(image(g));
    BE.col2im(BE.fromHost(y, colT.shape()), g, back);
    double lhs = 0, rhs = 0;
    double[] c = colT.toArray(), b = back.toArray();
    for (int i = 0; i < y.length; i++) {
      lhs += c[i] * y[i];
    }
    for (int i = 0; i < x.length; i++) {
      rhs += x[i] * b[i];
    }
    assertEquals(lhs, rhs, 1e-10 * Math.max(1, Math.abs(lhs)));
  }


  /** The vector paths agree with the scalar formulas everywhere, signed zeros, infinities and NaN included. */
  @ParameterizedTest
  @EnumSource(Activation.class)
  void specialValuesFollowTheScalarFormulas(Activation f) {
    double[] x = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-310, -1e-310, 3, -3, 0.5, -0.5, 7, -7, 1, -1, 2};
    double[] g = {1, -1, 2, Double.POSITIVE_INFINITY, Double.NaN, -2, 3, -0.0, 0.0, 1, 1, 1, 1, 1, 1, 1};
    Tensor xt = BE.fromHost(x, Shape.of(2, 8)), y = BE.zeros(xt.shape()), dx = BE.zeros(xt.shape());
    BE.map(f, xt, y);
    BE.mapBackward(f, xt, y, BE.fromHost(g, xt.shape()), dx);
    double[] yv = y.toArray(), dv = dx.toArray();
    for (int i = 0; i < x.length; i++) {
      assertEquals(Double.doubleToLongBits(f.apply(x[i])), Double.doubleToLongBits(yv[i]), f + " at " + x[i]);
      assertEquals(Double.doubleToLongBits(f.backward(g[i], x[i], yv[i])), Double.doubleToLongBits(dv[i]), f + "' at " + x[i]);
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void mapAndMapBackwardApplyTheScalarDefinitions(Activation f) {
    double[] x = Fixtures.gaussian(Fixtures.random(4), 300, 3);
    Tensor xt = BE.fromHost(x, Shape.of(10, 30)), y = BE.zeros(xt.shape()), dx = BE.zeros(xt.shape());
    double[] g = Fixtures.gaussian(Fixtures.random(5), 300, 1);
    BE.map(f, xt, y);
    BE.mapBackward(f, xt, y, BE.fromHost(g, xt.shape()), dx);
    double[] yv = y.toArray(), dv = dx.toArray();
    for (int i = 0; i < x.length; i++) {
      assertEquals(f.apply(x[i]), yv[i]);
      assertEquals(f.backward(g[i], x[i], yv[i]), dv[i]);
    }
  }

  @ParameterizedTest
  @EnumSource(BinaryOp.class)
  void zipAppliesTheOperation(BinaryOp op) {
    double[] a = Fixtures.gaussian(Fixtures.random(6), 12, 1), b = Fixtures.gaussian(Fixtures.random(7), 12, 1);
    Tensor out = BE.zeros(Shape.of(3, 4));
    BE.zip(op, BE.fromHost(a, Shape.of(3, 4)), BE.fromHost(b, Shape.of(3, 4)), out);
    double[] o = out.toArray();
    for (int i = 0; i < 12; i++) {
      assertEquals(op.apply(a[i], b[i]), o[i]);
    }
  }

  @Test
  void softmaxRowsMatchTheOneDimensionalFunctionBitForBit() {
    int rows = 301;
    double[] x = Fixtures.gaussian(Fixtures.random(8), rows * 11, 5);
    // scores far below the maximum (exp underflows: outside the vector exp's range), NaN, infinities
    x[3 * 11 + 4] = 900;
    x[40 * 11] = Double.NaN;
    x[77 * 11 + 10] = Double.NEGATIVE_INFINITY;
    x[150 * 11 + 1] = Double.POSITIVE_INFINITY;
    x[200 * 11 + 2] = 1e-12;
    Tensor out = BE.zeros(Shape.of(rows, 11));
    BE.softmaxRows(BE.fromHost(x, Shape.of(rows, 11)), out);
    double[] o = out.toArray();
    for (int r = 0; r < rows; r++) {
      double[] row = Softmax.of(java.util.Arrays.copyOfRange(x, r * 11, r * 11 + 11));
      TensorAssertions.assertBitwiseEqual(row, java.util.Arrays.copyOfRange(o, r * 11, r * 11 + 11), "row " + r);
    }
  }

  @Test
  void reductionsAndBiases() {
    Tensor x = BE.fromHost(new double[] {1, 2, 3, 4, 5, 6}, Shape.of(2, 3));
    Tensor cols = BE.zeros(Shape.of(3)), rows = BE.zeros(Shape.of(2));
    BE.sumKeepingAxis(x, 1, cols);
    BE.sumKeepingAxis(x, 0, rows);
    assertArrayEquals(new double[] {5, 7, 9}, cols.toArray());
    assertArrayEquals(new double[] {6, 15}, rows.toArray());
    assertEquals(21, BE.sum(x));
    BE.addBiasInPlace(x, BE.fromHost(new double[] {10, 20, 30}, Shape.of(3)), 1);
    assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, x.toArray());
    BE.addBiasInPlace(x, BE.fromHost(new double[] {100, 200}, Shape.of(2)), 0);
    assertArrayEquals(new double[] {111, 122, 133, 214, 225, 236}, x.toArray());
    assertArrayEquals(new int[] {2, 2}, BE.argmaxRows(x));
    // [2, 2, 3]: a per-channel bias along axis 1, and the per-channel sums back
    Tensor y = BE.fromHost(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, Shape.of(2, 2, 3));
    BE.addBiasInPlace(y, BE.fromHost(new double[] {100, 200}, Shape.of(2)), 1);
    assertArrayEquals(new double[] {101, 102, 103, 204, 205, 206, 107, 108, 109, 210, 211, 212}, y.toArray());
    Tensor channels = BE.zeros(Shape.of(2));
    BE.sumKeepingAxis(y, 1, channels);
    Tensor first = BE.zeros(Shape.of(2));
    BE.sumKeepingAxis(y, 0, first);
    assertArrayEquals(new double[] {101 + 102 + 103 + 204 + 205 + 206, 107 + 108 + 109 + 210 + 211 + 212}, first.toArray());
    assertArrayEquals(new double[] {101 + 102 + 103 + 107 + 108 + 109, 204 + 205 + 206 + 210 + 211 + 212}, channels.toArray());
  }

  /** Max pooling against the textbook's rule (first maximum, first NaN), with many ties, for vector and scalar paths. */
  @ParameterizedTest
  @MethodSource("poolGeometries")
  void maxPoolingPicksTheFirstMaximumOrTheFirstNan(ConvGeometry g) {
    var r = Fixtures.random(40);
    double[] x = new double[image(g).size()];
    for (int i = 0; i < x.length; i++) {
      double u = r.nextDouble();
      x[i] = u < 0.02 ? Double.NaN : Math.floor(u * 4); // few distinct values: ties everywhere
    }
    Shape os = Shape.of(g.batch(), g.channels(), g.outHeight(), g.outWidth());
    Tensor out = BE.zeros(os), argmax = BE.zeros(os);
    BE.maxPoolForward(BE.fromHost(x, image(g)), g, out, argmax);
    double[] o = out.toArray(), am = argmax.toArray();
    int idx = 0;
    for (int p = 0; p < g.batch() * g.channels(); p++) {
      for (int oy = 0; oy < g.outHeight(); oy++) {
        for (int ox = 0; ox < g.outWidth(); ox++, idx++) {
          double best = Double.NEGATIVE_INFINITY;
          int bestK = -1;
          for (int ky = 0; ky < g.kernelHeight(); ky++) {
            for (int kx = 0; kx < g.kernelWidth(); kx++) {
              int iy = oy * g.stride() + ky - g.pad(), ix = ox * g.stride() + kx - g.pad();
              double v = iy < 0 || iy >= g.height() || ix < 0 || ix >= g.width() ? 0 : x[(p * g.height() + iy) * g.width() + ix];
              if (bestK < 0 || v > best || (Double.isNaN(v) && !Double.isNaN(best))) {
                best = v;
                bestK = ky * g.kernelWidth() + kx;
              }
            }
          }
          assertEquals(bestK, (int) am[idx], "argmax at output " + idx);
          assertEquals(best, o[idx], "max at output " + idx);
        }
      }
    }
  }

  static Stream<Arguments> poolGeometries() {
    return Stream.of(
        Arguments.of(new ConvGeometry(2, 3, 24, 24, 2, 2, 2, 0)),
        Arguments.of(new ConvGeometry(1, 2, 26, 30, 2, 2, 2, 0)),
        Arguments.of(new ConvGeometry(1, 2, 9, 35, 2, 2, 2, 0)),
        Arguments.of(new ConvGeometry(1, 1, 6, 6, 2, 2, 2, 0)),
        Arguments.of(new ConvGeometry(1, 2, 7, 7, 3, 3, 2, 0)),
        Arguments.of(new ConvGeometry(1, 2, 6, 6, 2, 2, 2, 1)));
  }

  /** Per-channel sums add in row-major order of the other indices, whatever the grouping of channels. */
  @Test
  void sumKeepingAnAxisAddsInRowMajorOrder() {
    int outer = 3, dim = 7, inner = 5;
    double[] x = Fixtures.gaussian(Fixtures.random(41), outer * dim * inner, 1e3);
    Tensor out = BE.zeros(Shape.of(dim));
    BE.sumKeepingAxis(BE.fromHost(x, Shape.of(outer, dim, inner)), 1, out);
    double[] expected = new double[dim];
    for (int j = 0; j < dim; j++) {
      double s = 0.0;
      for (int o = 0; o < outer; o++) {
        for (int i = 0; i < inner; i++) {
          s += x[(o * dim + j) * inner + i];
        }
      }
      expected[j] = s;
    }
    TensorAssertions.assertBitwiseEqual(expected, out.toArray(), "sums");
  }

  @Test
  void argmaxTakesTheFirstOfTiesAndTheFirstNanLikeNumpy() {
    Tensor x = BE.fromHost(new double[] {1, 3, 3, 0, Double.NaN, 5, Double.NaN, 7}, Shape.of(2, 4));
    assertArrayEquals(new int[] {1, 0}, BE.argmaxRows(x));
  }
}
