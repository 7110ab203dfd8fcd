package dev.nngrade.student;

import dev.nngrade.contract.layer.MaxPoolingLayer;

/** Max pooling that remembers, in forward, where each window's first maximum was (−1: in the zero padding). */
public class MaxPoolingLayerImpl implements MaxPoolingLayer {
  private final int poolH;
  private final int poolW;
  private final int stride;
  private final int pad;
  private int[][][][] argRow;
  private int[][][][] argCol;
  private int h;
  private int w;

  public MaxPoolingLayerImpl(int poolH, int poolW, int stride, int pad) {
    if (poolH < 1 || poolW < 1 || stride < 1 || pad < 0) {
      throw new IllegalArgumentException("pool sizes and stride must be ≥ 1, pad ≥ 0");
    }
    this.poolH = poolH;
    this.poolW = poolW;
    this.stride = stride;
    this.pad = pad;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    int n = x.length;
    int c = n == 0 ? 0 : x[0].length;
    h = n == 0 || c == 0 ? 0 : x[0][0].length;
    w = h == 0 ? 0 : x[0][0][0].length;
    if (h + 2 * pad < poolH || w + 2 * pad < poolW) {
      throw new IllegalArgumentException("the window is larger than the padded input");
    }
    int oh = (h + 2 * pad - poolH) / stride + 1;
    int ow = (w + 2 * pad - poolW) / stride + 1;
    double[][][][] out = new double[n][c][oh][ow];
    argRow = new int[n][c][oh][ow];
    argCol = new int[n][c][oh][ow];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int y = 0; y < oh; y++) {
          for (int z = 0; z < ow; z++) {
            double best = Double.NEGATIVE_INFINITY;
            int br = -1;
            int bc = -1;
            boolean first = true;
            for (int i = 0; i < poolH; i++) {
              int r = y * stride + i - pad;
              for (int j = 0; j < poolW; j++) {
                int q = z * stride + j - pad;
                boolean inside = r >= 0 && r < h && q >= 0 && q < w;
                double v = inside ? x[s][ch][r][q] : 0.0;
                if (first || v > best) {
                  first = false;
                  best = v;
                  br = inside ? r : -1;
                  bc = inside ? q : -1;
                }
              }
            }
            out[s][ch][y][z] = best;
            argRow[s][ch][y][z] = br;
            argCol[s][ch][y][z] = bc;
          }
        }
      }
    }
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    if (argRow == null) {
      throw new IllegalStateException("backward before forward");
    }
    int n = argRow.length;
    if (dout.length != n) {
      throw new IllegalArgumentException("dout must have " + n + " samples");
    }
    int c = n == 0 ? 0 : argRow[0].length;
    double[][][][] dx = new double[n][c][h][w];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        int[][] rr = argRow[s][ch];
        for (int y = 0; y < rr.length; y++) {
          for (int z = 0; z < rr[y].length; z++) {
            int r = rr[y][z];
            if (r >= 0) {
              dx[s][ch][r][argCol[s][ch][y][z]] += dout[s][ch][y][z];
            }
          }
        }
      }
    }
    return dx;
  }
}
