package dev.nngrade.grader.mutants.affine_dw_accumulates;

import dev.nngrade.contract.layer.AffineLayer;

/** Affine layer whose dW and db add up over backward calls (dW += Xᵀ·dY) instead of being those of the last backward. */
public class AffineLayerImpl implements AffineLayer {
  private final AffineLayer ref;
  private double[][] dw;
  private double[] db;

  public AffineLayerImpl(double[][] w, double[] b) {
    ref = new dev.nngrade.solution.AffineLayerImpl(w, b);
  }

  @Override
  public double[][] forward(double[][] x) {
    return ref.forward(x);
  }

  @Override
  public double[][] backward(double[][] dout) {
    double[][] dx = ref.backward(dout);
    double[][] g = ref.dW();
    double[] gb = ref.db();
    if (dw == null) {
      dw = new double[g.length][g[0].length];
      db = new double[gb.length];
    }
    for (int i = 0; i < g.length; i++) {
      for (int j = 0; j < g[i].length; j++) {
        dw[i][j] += g[i][j];
      }
    }
    for (int j = 0; j < gb.length; j++) {
      db[j] += gb[j];
    }
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
