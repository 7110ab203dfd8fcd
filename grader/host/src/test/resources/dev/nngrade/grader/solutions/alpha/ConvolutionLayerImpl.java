package dev.nngrade.student;

import dev.nngrade.contract.layer.ConvolutionLayer;

/** Convolution through im2col: one row per output position, products summed with compensation. */
public class ConvolutionLayerImpl implements ConvolutionLayer {
  private final double[][][][] w;
  private final double[] b;
  private final int stride;
  private final int pad;
  private int n;
  private int c;
  private int h;
  private int wd;
  private int oh;
  private int ow;
  private double[][] col;
  private double[][][][] dw;
  private double[] db;

  public ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad) {
    if (w == null || b == null || w.length != b.length || stride < 1 || pad < 0) {
      throw new IllegalArgumentException("filters [FN][C][FH][FW], bias [FN], stride ≥ 1 and pad ≥ 0 are required");
    }
    this.w = w;
    this.b = b;
    this.stride = stride;
    this.pad = pad;
  }

  private int fc() {
    return w[0].length;
  }

  private int fh() {
    return w[0][0].length;
  }

  private int fw() {
    return w[0][0][0].length;
  }

  /** The filters as rows of length C·FH·FW. */
  private double[][] filterRows() {
    int fh = fh();
    int fw = fw();
    double[][] rows = new double[w.length][c * fh * fw];
    for (int f = 0; f < w.length; f++) {
      int k = 0;
      for (int ch = 0; ch < c; ch++) {
        for (int i = 0; i < fh; i++) {
          for (int j = 0; j < fw; j++) {
            rows[f][k++] = w[f][ch][i][j];
          }
        }
      }
    }
    return rows;
  }

  @Override
  public double[][][][] forward(double[][][][] x) {
    n = x.length;
    c = n == 0 ? fc() : x[0].length;
    if (c != fc()) {
      throw new IllegalArgumentException("x has " + c + " channels, the filters " + fc());
    }
    h = n == 0 ? 0 : x[0][0].length;
    wd = n == 0 || h == 0 ? 0 : x[0][0][0].length;
    int fh = fh();
    int fw = fw();
    if (h + 2 * pad < fh || wd + 2 * pad < fw) {
      throw new IllegalArgumentException("the filter is larger than the padded input");
    }
    oh = (h + 2 * pad - fh) / stride + 1;
    ow = (wd + 2 * pad - fw) / stride + 1;
    col = new double[n * oh * ow][c * fh * fw];
    for (int s = 0; s < n; s++) {
      for (int y = 0; y < oh; y++) {
        for (int z = 0; z < ow; z++) {
          double[] row = col[(s * oh + y) * ow + z];
          int k = 0;
          for (int ch = 0; ch < c; ch++) {
            for (int i = 0; i < fh; i++) {
              int r = y * stride + i - pad;
              for (int j = 0; j < fw; j++) {
                int q = z * stride + j - pad;
                row[k++] = r >= 0 && r < h && q >= 0 && q < wd ? x[s][ch][r][q] : 0.0;
              }
            }
          }
        }
      }
    }
    double[][] filters = filterRows();
    double[][][][] out = new double[n][w.length][oh][ow];
    for (int s = 0; s < n; s++) {
      for (int f = 0; f < w.length; f++) {
        for (int y = 0; y < oh; y++) {
          for (int z = 0; z < ow; z++) {
            out[s][f][y][z] = Careful.dot(col[(s * oh + y) * ow + z], filters[f], b[f]);
          }
        }
      }
    }
    return out;
  }

  @Override
  public double[][][][] backward(double[][][][] dout) {
    if (col == null) {
      throw new IllegalStateException("backward before forward");
    }
    if (dout.length != n || (n > 0 && (dout[0].length != w.length || dout[0][0].length != oh || dout[0][0][0].length != ow))) {
      throw new IllegalArgumentException("dout must be [" + n + "][" + w.length + "][" + oh + "][" + ow + "]");
    }
    int fh = fh();
    int fw = fw();
    int len = c * fh * fw;
    double[][] filters = filterRows();
    // db and dW: sums over every sample and output position
    db = new double[w.length];
    double[][] dwRows = new double[w.length][len];
    for (int f = 0; f < w.length; f++) {
      Careful.Sum sb = new Careful.Sum();
      Careful.Sum[] sw = new Careful.Sum[len];
      for (int k = 0; k < len; k++) {
        sw[k] = new Careful.Sum();
      }
      for (int s = 0; s < n; s++) {
        for (int y = 0; y < oh; y++) {
          for (int z = 0; z < ow; z++) {
            double d = dout[s][f][y][z];
            sb.add(d);
            double[] row = col[(s * oh + y) * ow + z];
            for (int k = 0; k < len; k++) {
              sw[k].addProduct(d, row[k]);
            }
          }
        }
      }
      db[f] = sb.value();
      for (int k = 0; k < len; k++) {
        dwRows[f][k] = sw[k].value();
      }
    }
    dw = new double[w.length][c][fh][fw];
    for (int f = 0; f < w.length; f++) {
      int k = 0;
      for (int ch = 0; ch < c; ch++) {
        for (int i = 0; i < fh; i++) {
          for (int j = 0; j < fw; j++) {
            dw[f][ch][i][j] = dwRows[f][k++];
          }
        }
      }
    }
    // dcol = dout · filters, then col2im into the padded input (overlaps add up)
    int ph = h + 2 * pad;
    int pw = wd + 2 * pad;
    double[][][][] dpad = new double[n][c][ph][pw];
    double[] dcol = new double[len];
    for (int s = 0; s < n; s++) {
      for (int y = 0; y < oh; y++) {
        for (int z = 0; z < ow; z++) {
          for (int k = 0; k < len; k++) {
            Careful.Sum acc = new Careful.Sum();
            for (int f = 0; f < w.length; f++) {
              acc.addProduct(dout[s][f][y][z], filters[f][k]);
            }
            dcol[k] = acc.value();
          }
          int k = 0;
          for (int ch = 0; ch < c; ch++) {
            for (int i = 0; i < fh; i++) {
              for (int j = 0; j < fw; j++) {
                dpad[s][ch][y * stride + i][z * stride + j] += dcol[k++];
              }
            }
          }
        }
      }
    }
    double[][][][] dx = new double[n][c][h][wd];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int r = 0; r < h; r++) {
          System.arraycopy(dpad[s][ch][r + pad], pad, dx[s][ch][r], 0, wd);
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
