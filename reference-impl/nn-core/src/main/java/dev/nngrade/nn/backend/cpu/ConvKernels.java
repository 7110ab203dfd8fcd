package dev.nngrade.nn.backend.cpu;

import dev.nngrade.nn.backend.ConvGeometry;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/** The window kernels of convolution and pooling on NCHW images; each works on a range of images. */
final class ConvKernels {
  private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SP.length();
  /** Picks lanes 0, 2, 4, ... (and 1, 3, 5, ...) out of two vectors side by side. */
  private static final VectorShuffle<Double> EVEN = VectorShuffle.fromOp(SP, i -> 2 * i);
  private static final VectorShuffle<Double> ODD = VectorShuffle.fromOp(SP, i -> 2 * i + 1);

  private ConvKernels() {}

  /** {@code cols[n][(c,ky,kx)][(oy,ox)] = x[n][c][oy*s+ky-pad][ox*s+kx-pad]}, 0 in the padding; images {@code [n0, n1)}. */
  static void im2col(ConvGeometry g, double[] x, double[] colT, int n0, int n1) {
    int c = g.channels(), h = g.height(), w = g.width(), kh = g.kernelHeight(), kw = g.kernelWidth();
    int s = g.stride(), pad = g.pad(), oh = g.outHeight(), ow = g.outWidth();
    int spatial = oh * ow, perImage = g.patchSize() * spatial;
    for (int n = n0; n < n1; n++) {
      for (int ch = 0; ch < c; ch++) {
        int plane = (n * c + ch) * h * w;
        for (int ky = 0; ky < kh; ky++) {
          for (int kx = 0; kx < kw; kx++) {
            int out = n * perImage + ((ch * kh + ky) * kw + kx) * spatial;
            for (int oy = 0; oy < oh; oy++) {
              int iy = oy * s + ky - pad;
              int o = out + oy * ow;
              if (iy < 0 || iy >= h) {
                java.util.Arrays.fill(colT, o, o + ow, 0.0);
                continue;
              }
              int src = plane + iy * w;
              if (s == 1 && pad == 0) {
                System.arraycopy(x, src + kx, colT, o, ow);
              } else {
                for (int ox = 0; ox < ow; ox++) {
                  int ix = ox * s + kx - pad;
                  colT[o + ox] = ix < 0 || ix >= w ? 0.0 : x[src + ix];
                }
              }
            }
          }
        }
      }
    }
  }

  /** The adjoint of {@link #im2col}: {@code dx} (zeroed here) accumulates every window entry, images {@code [n0, n1)}. */
  static void col2im(ConvGeometry g, double[] colT, double[] dx, int n0, int n1) {
    int c = g.channels(), h = g.height(), w = g.width(), kh = g.kernelHeight(), kw = g.kernelWidth();
    int s = g.stride(), pad = g.pad(), oh = g.outHeight(), ow = g.outWidth();
    int spatial = oh * ow, perImage = g.patchSize() * spatial;
    java.util.Arrays.fill(dx, n0 * c * h * w, n1 * c * h * w, 0.0);
    for (int n = n0; n < n1; n++) {
      for (int ch = 0; ch < c; ch++) {
        int plane = (n * c + ch) * h * w;
        for (int ky = 0; ky < kh; ky++) {
          for (int kx = 0; kx < kw; kx++) {
            int row = n * perImage + ((ch * kh + ky) * kw + kx) * spatial;
            for (int oy = 0; oy < oh; oy++) {
              int iy = oy * s + ky - pad;
              if (iy < 0 || iy >= h) {
                continue;
              }
              int dst = plane + iy * w;
              int o = row + oy * ow;
              for (int ox = 0; ox < ow; ox++) {
                int ix = ox * s + kx - pad;
                if (ix >= 0 && ix < w) {
                  dx[dst + ix] += colT[o + ox];
                }
              }
            }
          }
        }
      }
    }
  }

  /** Max pooling of the planes {@code [p0, p1)} (plane = (n, c)); argmax holds the in-window index of the first maximum. */
  static void maxPoolForward(ConvGeometry g, double[] x, double[] out, double[] argmax, int p0, int p1) {
    int h = g.height(), w = g.width(), kh = g.kernelHeight(), kw = g.kernelWidth();
    int s = g.stride(), pad = g.pad(), oh = g.outHeight(), ow = g.outWidth();
    if (pad == 0 && kh == 2 && kw == 2 && s == 2) {
      maxPool2x2(g, x, out, argmax, p0, p1);
      return;
    }
    if (pad == 0) {
      maxPoolInside(g, x, out, argmax, p0, p1);
      return;
    }
    for (int p = p0; p < p1; p++) {
      int in = p * h * w;
      int o = p * oh * ow;
      for (int oy = 0; oy < oh; oy++) {
        for (int ox = 0; ox < ow; ox++) {
          double best = Double.NEGATIVE_INFINITY;
          int bestK = -1;
          for (int ky = 0; ky < kh; ky++) {
            int iy = oy * s + ky - pad;
            for (int kx = 0; kx < kw; kx++) {
              int ix = ox * s + kx - pad;
              double v = iy < 0 || iy >= h || ix < 0 || ix >= w ? 0.0 : x[in + iy * w + ix];
              // NumPy's max/argmax propagate NaN: the first NaN wins
              if (bestK < 0 || v > best || (Double.isNaN(v) && !Double.isNaN(best))) {
                best = v;
                bestK = ky * kw + kx;
              }
            }
          }
          out[o + oy * ow + ox] = best;
          argmax[o + oy * ow + ox] = bestK;
        }
      }
    }
  }

  /**
   * The textbook's pooling (2x2 windows, stride 2, no padding) on vectors: the even and odd columns of
   * two input rows are the four window positions of {@code L} outputs at once, compared in the window's
   * order with the same rule as the scalar loop (strictly greater, or the first NaN). When a row's
   * outputs are not a multiple of {@code L}, the last vector starts at {@code ow - L} and recomputes a
   * few outputs with the same result.
   */
  private static void maxPool2x2(ConvGeometry g, double[] x, double[] out, double[] argmax, int p0, int p1) {
    int h = g.height(), w = g.width(), oh = g.outHeight(), ow = g.outWidth();
    for (int p = p0; p < p1; p++) {
      int in = p * h * w;
      int o = p * oh * ow;
      for (int oy = 0; oy < oh; oy++) {
        int r0 = in + 2 * oy * w, r1 = r0 + w, ro = o + oy * ow;
        int ox = 0;
        boolean vectors = ow >= L && 2 * ow <= w; // the last vector may then end exactly at ow
        for (; vectors && ox < ow; ox = ox + L >= ow || ox + 2 * L <= ow ? ox + L : ow - L) {
          DoubleVector a = DoubleVector.fromArray(SP, x, r0 + 2 * ox), b = DoubleVector.fromArray(SP, x, r0 + 2 * ox + L);
          DoubleVector c = DoubleVector.fromArray(SP, x, r1 + 2 * ox), d = DoubleVector.fromArray(SP, x, r1 + 2 * ox + L);
          DoubleVector best = a.rearrange(EVEN, b);
          DoubleVector index = DoubleVector.zero(SP);
          DoubleVector v1 = a.rearrange(ODD, b), v2 = c.rearrange(EVEN, d), v3 = c.rearrange(ODD, d);
          VectorMask<Double> t1 = takes(v1, best);
          best = best.blend(v1, t1);
          index = index.blend(1.0, t1);
          VectorMask<Double> t2 = takes(v2, best);
          best = best.blend(v2, t2);
          index = index.blend(2.0, t2);
          VectorMask<Double> t3 = takes(v3, best);
          best = best.blend(v3, t3);
          index = index.blend(3.0, t3);
          best.intoArray(out, ro + ox);
          index.intoArray(argmax, ro + ox); // an overlapping last vector rewrites the same values
        }
        for (; ox < ow; ox++) {
          int corner = r0 + 2 * ox;
          double[] window = {x[corner], x[corner + 1], x[corner + w], x[corner + w + 1]};
          double best = window[0];
          int bestK = 0;
          for (int k = 1; k < 4; k++) {
            if (window[k] > best || (window[k] != window[k] && best == best)) {
              best = window[k];
              bestK = k;
            }
          }
          out[ro + ox] = best;
          argmax[ro + ox] = bestK;
        }
      }
    }
  }

  /** Where {@code v} replaces the running maximum: strictly greater, or the first NaN. */
  private static VectorMask<Double> takes(DoubleVector v, DoubleVector best) {
    return v.compare(VectorOperators.GT, best)
        .or(v.test(VectorOperators.IS_NAN).andNot(best.test(VectorOperators.IS_NAN)));
  }

  /** {@link #maxPoolForward} without padding: every window lies inside the image, so no bounds checks. */
  private static void maxPoolInside(ConvGeometry g, double[] x, double[] out, double[] argmax, int p0, int p1) {
    int h = g.height(), w = g.width(), kh = g.kernelHeight(), kw = g.kernelWidth();
    int s = g.stride(), oh = g.outHeight(), ow = g.outWidth();
    for (int p = p0; p < p1; p++) {
      int in = p * h * w;
      int o = p * oh * ow;
      for (int oy = 0; oy < oh; oy++) {
        int row = in + oy * s * w;
        for (int ox = 0; ox < ow; ox++) {
          int corner = row + ox * s;
          double best = x[corner];
          int bestK = 0;
          for (int ky = 0; ky < kh; ky++) {
            int r = corner + ky * w;
            for (int kx = 0; kx < kw; kx++) {
              double v = x[r + kx];
              // strictly greater keeps the first maximum; a NaN wins once, as in NumPy
              if (v > best || (v != v && best == best)) {
                best = v;
                bestK = ky * kw + kx;
              }
            }
          }
          out[o + oy * ow + ox] = best;
          argmax[o + oy * ow + ox] = bestK;
        }
      }
    }
  }

  /** Scatters {@code dout} to the window maxima for planes {@code [p0, p1)}; {@code dx} is zeroed first. */
  static void maxPoolBackward(ConvGeometry g, double[] dout, double[] argmax, double[] dx, int p0, int p1) {
    int h = g.height(), w = g.width(), kw = g.kernelWidth();
    int s = g.stride(), pad = g.pad(), oh = g.outHeight(), ow = g.outWidth();
    java.util.Arrays.fill(dx, p0 * h * w, p1 * h * w, 0.0);
    for (int p = p0; p < p1; p++) {
      int in = p * h * w;
      int o = p * oh * ow;
      for (int oy = 0; oy < oh; oy++) {
        for (int ox = 0; ox < ow; ox++) {
          int k = (int) argmax[o + oy * ow + ox];
          int iy = oy * s + k / kw - pad;
          int ix = ox * s + k % kw - pad;
          if (iy >= 0 && iy < h && ix >= 0 && ix < w) { // a maximum in the padding has no input to route to
            dx[in + iy * w + ix] += dout[o + oy * ow + ox];
          }
        }
      }
    }
  }
}
