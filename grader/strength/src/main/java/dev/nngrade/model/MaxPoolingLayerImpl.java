package dev.nngrade.model;

import dev.nngrade.contract.layer.MaxPoolingLayer;

public class MaxPoolingLayerImpl implements MaxPoolingLayer {
  private final int poolH;
  private final int poolW;
  private final int stride;
  private final int pad;
  private int[] inputShape;
  /** Per output element: the flat index {@code iy·W + ix} of its window's maximum, −1 when that is padding. */
  private int[][][][] argmax;

  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    this.poolH = poolH;
    this.poolW = poolW;
    this.stride = stride;
    this.pad = pad;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    int batch = x.length, channels = x[0].length, h = x[0][0].length, wd = x[0][0][0].length;
    int oh = (h + 2 * pad - poolH) / stride + 1, ow = (wd + 2 * pad - poolW) / stride + 1;
    double[][][][] out = new double[batch][channels][oh][ow];
    argmax = new int[batch][channels][oh][ow];
    for (int n = 0; n < batch; n++) {
      for (int c = 0; c < channels; c++) {
        for (int oy = 0; oy < oh; oy++) {
          for (int ox = 0; ox < ow; ox++) {
            double best = 0;
            int where = -1;
            boolean first = true;
            for (int ky = 0; ky < poolH; ky++) {
              for (int kx = 0; kx < poolW; kx++) {
                int iy = oy * stride + ky - pad, ix = ox * stride + kx - pad;
                boolean inside = iy >= 0 && iy < h && ix >= 0 && ix < wd;
                // padding takes part as zeros, as the textbook's im2col pads with np.pad
                double v = inside ? x[n][c][iy][ix] : 0;
                if (first || v > best) {
                  best = v;
                  where = inside ? iy * wd + ix : -1;
                  first = false;
                }
              }
            }
            out[n][c][oy][ox] = best;
            argmax[n][c][oy][ox] = where;
          }
        }
      }
    }
    inputShape = new int[] {batch, channels, h, wd};
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    int wd = inputShape[3];
    double[][][][] dx = new double[inputShape[0]][inputShape[1]][inputShape[2]][wd];
    for (int n = 0; n < dout.length; n++) {
      for (int c = 0; c < dout[n].length; c++) {
        for (int oy = 0; oy < dout[n][c].length; oy++) {
          for (int ox = 0; ox < dout[n][c][oy].length; ox++) {
            int where = argmax[n][c][oy][ox];
            if (where >= 0) {
              dx[n][c][where / wd][where % wd] += dout[n][c][oy][ox];
            }
          }
        }
      }
    }
    return dx;
  }
}
