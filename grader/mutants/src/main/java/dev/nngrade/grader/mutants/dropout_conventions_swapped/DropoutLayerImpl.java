package dev.nngrade.grader.mutants.dropout_conventions_swapped;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import java.util.random.RandomGenerator;

public class DropoutLayerImpl implements DropoutLayer {
  private final DropoutLayer ref;
  private final DropoutForm form;
  private final double ratio;

  public DropoutLayerImpl(double ratio, DropoutForm form, RandomGenerator random) {
    this.ref = new dev.nngrade.solution.DropoutLayerImpl(ratio, form, random);
    this.form = form;
    this.ratio = ratio;
  }

  /** The mistake: the conventions swapped (scale at inference where inverted is asked, and back). */
  @Override
  public double[][] forward(double[][] x, boolean train) {
    if (train) {
      double[][] y = ref.forward(x, true);
      double s = form == DropoutForm.INVERTED ? 1 - ratio : 1 / (1 - ratio);
      for (double[] row : y) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= s;
        }
      }
      return y;
    }
    double s = form == DropoutForm.INVERTED ? 1 - ratio : 1;
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].clone();
      for (int j = 0; j < y[i].length; j++) {
        y[i][j] *= s;
      }
    }
    return y;
  }

  @Override
  public double[][] backward(double[][] dout) {
    return ref.backward(dout);
  }
}
