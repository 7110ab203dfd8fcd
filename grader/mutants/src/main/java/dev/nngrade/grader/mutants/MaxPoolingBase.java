package dev.nngrade.grader.mutants;

import dev.nngrade.contract.layer.MaxPoolingLayer;

/**
 * Max pooling written out loop by loop, with the decisions a student makes as methods, for mutants
 * that get one of them wrong: the window's size and step, the output size, what the padding holds,
 * which maximum a tie picks, and how backward routes gradients.
 */
public abstract class MaxPoolingBase implements MaxPoolingLayer {
  protected final int poolH;
  protected final int poolW;
  protected final int stride;
  protected final int pad;
  private double[][][][] x;
  private int[][][][] bestY;
  private int[][][][] bestX;

  protected MaxPoolingBase(int poolH, int poolW, int stride, int pad) {
    this.poolH = poolH;
    this.poolW = poolW;
    this.stride = stride;
    this.pad = pad;
  }

  /** The window's width. */
  protected int windowWidth() {
    return poolW;
  }

  /** The step between windows. */
  protected int step() {
    return stride;
  }

  protected int outHeight(int h, int w) {
    return (h + 2 * pad - poolH) / step() + 1;
  }

  protected int outWidth(int h, int w) {
    return (w + 2 * pad - windowWidth()) / step() + 1;
  }

  /** What a padded position holds. */
  protected double padValue() {
    return 0;
  }

  /** Whether {@code v}, met later in the window in row-major order, replaces the best so far. */
  protected boolean replaces(double v, double best) {
    return v > best;
  }

  /** Adds a gradient into dx (overlapping windows add up). */
  protected void route(double[][] dxPlane, int y, int x, double g) {
    dxPlane[y][x] += g;
  }

  /** Whether backward sends the gradient to every position equal to the window's maximum. */
  protected boolean routesToEveryTie() {
    return false;
  }

  private double at(double[][] plane, int y, int x) {
    return y < 0 || y >= plane.length || x < 0 || x >= plane[0].length ? padValue() : plane[y][x];
  }

  @Override
  public double[][][][] forward(double[][][][] input) {
    int n = input.length, c = input[0].length, h = input[0][0].length, w = input[0][0][0].length;
    int oh = outHeight(h, w), ow = outWidth(h, w), kw = windowWidth();
    x = input;
    double[][][][] out = new double[n][c][oh][ow];
    bestY = new int[n][c][oh][ow];
    bestX = new int[n][c][oh][ow];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < c; b++) {
        for (int oy = 0; oy < oh; oy++) {
          for (int ox = 0; ox < ow; ox++) {
            double best = 0;
            int by = 0, bx = 0;
            boolean first = true;
            for (int ky = 0; ky < poolH; ky++) {
              for (int kx = 0; kx < kw; kx++) {
                int iy = oy * step() + ky - pad, ix = ox * step() + kx - pad;
                double v = at(input[a][b], iy, ix);
                if (first || replaces(v, best)) {
                  best = v;
                  by = iy;
                  bx = ix;
                  first = false;
                }
              }
            }
            out[a][b][oy][ox] = best;
            bestY[a][b][oy][ox] = by;
            bestX[a][b][oy][ox] = bx;
          }
        }
      }
    }
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    int n = x.length, c = x[0].length, h = x[0][0].length, w = x[0][0][0].length, kw = windowWidth();
    double[][][][] dx = new double[n][c][h][w];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < c; b++) {
        for (int oy = 0; oy < dout[a][b].length; oy++) {
          for (int ox = 0; ox < dout[a][b][oy].length; ox++) {
            double g = dout[a][b][oy][ox];
            if (routesToEveryTie()) {
              double best = at(x[a][b], bestY[a][b][oy][ox], bestX[a][b][oy][ox]);
              for (int ky = 0; ky < poolH; ky++) {
                for (int kx = 0; kx < kw; kx++) {
                  int iy = oy * step() + ky - pad, ix = ox * step() + kx - pad;
                  if (iy >= 0 && iy < h && ix >= 0 && ix < w && x[a][b][iy][ix] == best) {
                    route(dx[a][b], iy, ix, g);
                  }
                }
              }
            } else {
              int iy = bestY[a][b][oy][ox], ix = bestX[a][b][oy][ox];
              if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                route(dx[a][b], iy, ix, g);
              }
            }
          }
        }
      }
    }
    return dx;
  }
}
