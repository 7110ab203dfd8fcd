package dev.nngrade.student;

import dev.nngrade.contract.layer.ConvolutionLayer;

// direct loops over the windows, no im2col
public class ConvolutionLayerImpl implements ConvolutionLayer {
  private final double[][][][] w;
  private final double[] b;
  private final int stride;
  private final int pad;
  private double[][][][] xp; // the padded input of the last forward
  private int inH;
  private int inW;
  private double[][][][] dw;
  private double[] db;

  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    if (w.length != b.length) {
      throw new IllegalArgumentException(w.length + " filters but " + b.length + " biases");
    }
    if (stride <= 0 || pad < 0) {
      throw new IllegalArgumentException("stride must be positive and pad not negative");
    }
    this.w = w;
    this.b = b;
    this.stride = stride;
    this.pad = pad;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    int n = x.length;
    int c = w[0].length;
    int fh = w[0][0].length;
    int fw = w[0][0][0].length;
    inH = n > 0 ? x[0][0].length : 0;
    inW = n > 0 && inH > 0 ? x[0][0][0].length : 0;
    if (n > 0 && x[0].length != c) {
      throw new IllegalArgumentException("input has " + x[0].length + " channels, filters have " + c);
    }
    int ph = inH + 2 * pad;
    int pw = inW + 2 * pad;
    if (ph < fh || pw < fw) {
      throw new IllegalArgumentException("filter larger than the padded input");
    }
    xp = new double[n][c][ph][pw];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int r = 0; r < inH; r++) {
          for (int q = 0; q < inW; q++) {
            xp[s][ch][r + pad][q + pad] = x[s][ch][r][q];
          }
        }
      }
    }
    int oh = (ph - fh) / stride + 1;
    int ow = (pw - fw) / stride + 1;
    double[][][][] out = new double[n][w.length][oh][ow];
    for (int s = 0; s < n; s++) {
      for (int f = 0; f < w.length; f++) {
        for (int y = 0; y < oh; y++) {
          for (int z = 0; z < ow; z++) {
            double sum = 0;
            for (int ch = 0; ch < c; ch++) {
              for (int i = 0; i < fh; i++) {
                for (int j = 0; j < fw; j++) {
                  sum += xp[s][ch][y * stride + i][z * stride + j] * w[f][ch][i][j];
                }
              }
            }
            out[s][f][y][z] = sum + b[f];
          }
        }
      }
    }
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    int n = xp.length;
    int c = w[0].length;
    int fh = w[0][0].length;
    int fw = w[0][0][0].length;
    if (dout.length != n) {
      throw new IllegalArgumentException("dout must have " + n + " samples");
    }
    double[][][][] dxp = new double[n][c][inH + 2 * pad][inW + 2 * pad];
    dw = new double[w.length][c][fh][fw];
    db = new double[w.length];
    for (int s = 0; s < n; s++) {
      for (int f = 0; f < w.length; f++) {
        for (int y = 0; y < dout[s][f].length; y++) {
          for (int z = 0; z < dout[s][f][y].length; z++) {
            double d = dout[s][f][y][z];
            db[f] += d;
            for (int ch = 0; ch < c; ch++) {
              for (int i = 0; i < fh; i++) {
                for (int j = 0; j < fw; j++) {
                  dw[f][ch][i][j] += d * xp[s][ch][y * stride + i][z * stride + j];
                  dxp[s][ch][y * stride + i][z * stride + j] += d * w[f][ch][i][j];
                }
              }
            }
          }
        }
      }
    }
    double[][][][] dx = new double[n][c][inH][inW];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int r = 0; r < inH; r++) {
          for (int q = 0; q < inW; q++) {
            dx[s][ch][r][q] = dxp[s][ch][r + pad][q + pad];
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
