package dev.nngrade.student;

import dev.nngrade.contract.layer.AffineLayer;

/** Y = XW + b; backward with compensated sums. Keeps a copy of x for backward. */
public class AffineLayerImpl implements AffineLayer {
  private final double[][] w;
  private final double[] b;
  private double[][] x;
  private double[][] dw;
  private double[] db;

  public AffineLayerImpl(double[][] w, double[] b) {
    if (w == null || b == null) {
      throw new IllegalArgumentException("W and b are required");
    }
    for (double[] row : w) {
      if (row == null || row.length != b.length) {
        throw new IllegalArgumentException("W must be [in][" + b.length + "]");
      }
    }
    this.w = w;
    this.b = b;
  }

  @Override
  public double[][] forward(double[][] x) {
    double[][] y = Careful.affineRows(x, w, b);
    this.x = Careful.copy(x);
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    if (x == null) {
      throw new IllegalStateException("backward before forward");
    }
    if (dout == null || dout.length != x.length || Careful.columns(dout, "dout") != b.length && dout.length > 0) {
      throw new IllegalArgumentException("dout must be [" + x.length + "][" + b.length + "]");
    }
    double[][] dx = Careful.timesTranspose(dout, w);
    double[][] g = Careful.transposeTimes(x, dout);
    if (x.length == 0) {
      g = new double[w.length][b.length];
    }
    dw = g;
    db = x.length == 0 ? new double[b.length] : Careful.columnSums(dout);
    return dx;
  }

  @Override
  public double[][] dW() {
    return dw;
  }

  @Override
  public double[] db() {
    return db;
  }
}
