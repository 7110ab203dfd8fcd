package dev.nngrade.grader.mutants.affine_transposed_dw;

import dev.nngrade.contract.layer.AffineLayer;

public class AffineLayerImpl implements AffineLayer {
  private final AffineLayer ref;

  public AffineLayerImpl(double[][] w, double[] b) {
    ref = new dev.nngrade.solution.AffineLayerImpl(w, b);
  }

  @Override
  public double[][] forward(double[][] x) {
    return ref.forward(x);
  }

  @Override
  public double[][] backward(double[][] dout) {
    return ref.backward(dout);
  }

  @Override
  public double[][] dW() {
    double[][] d = ref.dW();
    double[][] t = new double[d[0].length][d.length];
    for (int i = 0; i < d.length; i++) {
      for (int j = 0; j < d[0].length; j++) {
        t[j][i] = d[i][j];
      }
    }
    return t;
  }

  @Override
  public double[] db() {
    return ref.db();
  }
}
