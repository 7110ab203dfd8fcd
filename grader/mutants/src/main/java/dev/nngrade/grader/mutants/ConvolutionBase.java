package dev.nngrade.grader.mutants;

import dev.nngrade.contract.layer.ConvolutionLayer;

/**
 * The convolution layer written out loop by loop (zero padding, stride), with the decisions a
 * student makes as methods, for mutants that get one of them wrong: the output size, which input
 * channels are summed, and whether dW and db start from zero at every backward.
 */
public abstract class ConvolutionBase implements ConvolutionLayer {
  protected final double[][][][] w;
  protected final double[] b;
  protected final int stride;
  protected final int pad;
  private double[][][][] x;
  private double[][][][] dw;
  private double[] db;

  protected ConvolutionBase(double[][][][] w, double[] b, int stride, int pad) {
    this.w = w;
    this.b = b;
    this.stride = stride;
    this.pad = pad;
  }

  protected int outHeight(int h, int width) {
    return (h + 2 * pad - w[0][0].length) / stride + 1;
  }

  protected int outWidth(int h, int width) {
    return (width + 2 * pad - w[0][0][0].length) / stride + 1;
  }

  /** How many input channels the sums run over. */
  protected int channelsSummed(int c) {
    return c;
  }

  /** Whether dW and db are set to zero at the start of every backward. */
  protected boolean clearsGradients() {
    return true;
  }

  @Override
  public double[][][][] forward(double[][][][] input) {
    x = input;
    int n = input.length, c = input[0].length, h = input[0][0].length, width = input[0][0][0].length;
    int fn = w.length, fh = w[0][0].length, fw = w[0][0][0].length, oh = outHeight(h, width), ow = outWidth(h, width);
    double[][][][] out = new double[n][fn][oh][ow];
    for (int a = 0; a < n; a++) {
      for (int f = 0; f < fn; f++) {
        for (int oy = 0; oy < oh; oy++) {
          for (int ox = 0; ox < ow; ox++) {
            double s = b[f];
            for (int ch = 0; ch < channelsSummed(c); ch++) {
              for (int u = 0; u < fh; u++) {
                for (int v = 0; v < fw; v++) {
                  int iy = oy * stride + u - pad, ix = ox * stride + v - pad;
                  if (iy >= 0 && iy < h && ix >= 0 && ix < width) {
                    s += input[a][ch][iy][ix] * w[f][ch][u][v];
                  }
                }
              }
            }
            out[a][f][oy][ox] = s;
          }
        }
      }
    }
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    int n = x.length, c = x[0].length, h = x[0][0].length, width = x[0][0][0].length;
    int fn = w.length, fh = w[0][0].length, fw = w[0][0][0].length;
    if (dw == null || clearsGradients()) {
      dw = new double[fn][c][fh][fw];
      db = new double[fn];
    }
    double[][][][] dx = new double[n][c][h][width];
    for (int a = 0; a < n; a++) {
      for (int f = 0; f < fn; f++) {
        for (int oy = 0; oy < dout[a][f].length; oy++) {
          for (int ox = 0; ox < dout[a][f][oy].length; ox++) {
            double g = dout[a][f][oy][ox];
            db[f] += g;
            for (int ch = 0; ch < channelsSummed(c); ch++) {
              for (int u = 0; u < fh; u++) {
                for (int v = 0; v < fw; v++) {
                  int iy = oy * stride + u - pad, ix = ox * stride + v - pad;
                  if (iy >= 0 && iy < h && ix >= 0 && ix < width) {
                    dw[f][ch][u][v] += g * x[a][ch][iy][ix];
                    dx[a][ch][iy][ix] += g * w[f][ch][u][v];
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
