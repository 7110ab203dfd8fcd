package dev.nngrade.nn.backend.cpu;

import dev.nngrade.nn.backend.ConvGeometry;

/** The window kernels of convolution and pooling on NCHW images; each works on a range of images. */
final class ConvKernels {
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
