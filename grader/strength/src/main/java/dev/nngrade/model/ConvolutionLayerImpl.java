package dev.nngrade.model;

import dev.nngrade.contract.layer.ConvolutionLayer;

/** Convolution written as direct loops over the (zero-padded) windows instead of im2col. */
public class ConvolutionLayerImpl implements ConvolutionLayer {
  private final double[][][][] w;
  private final double[] b;
  private final int stride;
  private final int pad;
  private double[][][][] x;
  private double[][][][] dw;
  private double[] db;

  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    this.w = w;
    this.b = b;
    this.stride = stride;
    this.pad = pad;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    int channels = w[0].length, fh = w[0][0].length, fw = w[0][0][0].length;
    int h = x[0][0].length, wd = x[0][0][0].length;
    int oh = (h + 2 * pad - fh) / stride + 1, ow = (wd + 2 * pad - fw) / stride + 1;
    double[][][][] out = new double[x.length][w.length][oh][ow];
    for (int n = 0; n < x.length; n++) {
      for (int f = 0; f < w.length; f++) {
        for (int oy = 0; oy < oh; oy++) {
          for (int ox = 0; ox < ow; ox++) {
            double sum = b[f];
            for (int c = 0; c < channels; c++) {
              for (int ky = 0; ky < fh; ky++) {
                int iy = oy * stride + ky - pad;
                if (iy < 0 || iy >= h) {
                  continue; // zero padding
                }
                for (int kx = 0; kx < fw; kx++) {
                  int ix = ox * stride + kx - pad;
                  if (ix >= 0 && ix < wd) {
                    sum += x[n][c][iy][ix] * w[f][c][ky][kx];
                  }
                }
              }
            }
            out[n][f][oy][ox] = sum;
          }
        }
      }
    }
    this.x = x;
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    int channels = w[0].length, fh = w[0][0].length, fw = w[0][0][0].length;
    int h = x[0][0].length, wd = x[0][0][0].length;
    double[][][][] dx = new double[x.length][channels][h][wd];
    dw = new double[w.length][channels][fh][fw];
    db = new double[w.length];
    for (int n = 0; n < dout.length; n++) {
      for (int f = 0; f < w.length; f++) {
        for (int oy = 0; oy < dout[n][f].length; oy++) {
          for (int ox = 0; ox < dout[n][f][oy].length; ox++) {
            double g = dout[n][f][oy][ox];
            db[f] += g;
            for (int c = 0; c < channels; c++) {
              for (int ky = 0; ky < fh; ky++) {
                int iy = oy * stride + ky - pad;
                if (iy < 0 || iy >= h) {
                  continue;
                }
                for (int kx = 0; kx < fw; kx++) {
                  int ix = ox * stride + kx - pad;
                  if (ix >= 0 && ix < wd) {
                    dx[n][c][iy][ix] += g * w[f][c][ky][kx];
                    dw[f][c][ky][kx] += g * x[n][c][iy][ix];
                  }
                }
              }
            }
          }
        }
      }
    }
    return dx;
  }

  @Override
  public double[][][][] dW() {
    return dw;
  }

  @Override
  public double[] db() {
    return db;
  }
}
