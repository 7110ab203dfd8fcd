package dev.nngrade.student;

import dev.nngrade.contract.layer.MaxPoolingLayer;

// explicit window loops; backward finds each window's maximum again in the kept padded input
public class MaxPoolingLayerImpl implements MaxPoolingLayer {
  private final int poolH;
  private final int poolW;
  private final int stride;
  private final int pad;
  private double[][][][] xp;
  private int inH;
  private int inW;

  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    if (poolH <= 0 || poolW <= 0 || stride <= 0 || pad < 0) {
      throw new IllegalArgumentException("bad pooling sizes");
    }
    this.poolH = poolH;
    this.poolW = poolW;
    this.stride = stride;
    this.pad = pad;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    int n = x.length;
    int c = n > 0 ? x[0].length : 0;
    inH = c > 0 ? x[0][0].length : 0;
    inW = inH > 0 ? x[0][0][0].length : 0;
    int ph = inH + 2 * pad;
    int pw = inW + 2 * pad;
    if (ph < poolH || pw < poolW) {
      throw new IllegalArgumentException("window larger than the padded input");
    }
    xp = new double[n][c][ph][pw];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int r = 0; r < inH; r++) {
          System.arraycopy(x[s][ch][r], 0, xp[s][ch][r + pad], pad, inW);
        }
      }
    }
    int oh = (ph - poolH) / stride + 1;
    int ow = (pw - poolW) / stride + 1;
    double[][][][] out = new double[n][c][oh][ow];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int y = 0; y < oh; y++) {
          for (int z = 0; z < ow; z++) {
            double m = xp[s][ch][y * stride][z * stride];
            for (int i = 0; i < poolH; i++) {
              for (int j = 0; j < poolW; j++) {
                m = Math.max(m, xp[s][ch][y * stride + i][z * stride + j]);
              }
            }
            out[s][ch][y][z] = m;
          }
        }
      }
    }
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    int n = xp.length;
    int c = n > 0 ? xp[0].length : 0;
    if (dout.length != n) {
      throw new IllegalArgumentException("dout must have " + n + " samples");
    }
    double[][][][] dxp = new double[n][c][inH + 2 * pad][inW + 2 * pad];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int y = 0; y < dout[s][ch].length; y++) {
          for (int z = 0; z < dout[s][ch][y].length; z++) {
            int bi = 0;
            int bj = 0;
            for (int i = 0; i < poolH; i++) {
              for (int j = 0; j < poolW; j++) {
                if (xp[s][ch][y * stride + i][z * stride + j] > xp[s][ch][y * stride + bi][z * stride + bj]) {
                  bi = i;
                  bj = j;
                }
              }
            }
            dxp[s][ch][y * stride + bi][z * stride + bj] += dout[s][ch][y][z];
          }
        }
      }
    }
    double[][][][] dx = new double[n][c][inH][inW];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int r = 0; r < inH; r++) {
          System.arraycopy(dxp[s][ch][r + pad], pad, dx[s][ch][r], 0, inW);
        }
      }
    }
    return dx;
  }
}
