package dev.nngrade.grader.mutants.affine_db_mean;

import dev.nngrade.contract.layer.AffineLayer;

public class AffineLayerImpl implements AffineLayer {
  private final AffineLayer ref;
  private int rows;

  public AffineLayerImpl(double[][] w, double[] b) {
    ref = new dev.nngrade.solution.AffineLayerImpl(w, b);
  }

  @Override
  public double[][] forward(double[][] x) {
    rows = x.length;
    return ref.forward(x);
  }

  @Override
  public double[][] backward(double[][] dout) {
    return ref.backward(dout);
  }

  @Override
  public double[][] dW() {
    return ref.dW();
  }

  @Override
  public double[] db() {
    double[] d = ref.db();
    for (int j = 0; j < d.length; j++) {
      d[j] /= rows;
    }
    return d;
  }
}
