package dev.nngrade.grader.mutants.forward3_fixed_sizes;

import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;

public class ForwardPassImpl implements ForwardPass {
  private static final int IN = 3, HIDDEN = 5, OUT = 4;

  /** The mistake: the lecture's 3-5-4 sizes written into the loops instead of taken from the weights. */
  @Override
  public ForwardTrace forward(ForwardWeights w, double[] x) {
    double[] u1 = new double[HIDDEN], z1 = new double[HIDDEN], u2 = new double[OUT];
    for (int j = 0; j < HIDDEN; j++) {
      u1[j] = w.b1()[j];
      for (int i = 0; i < IN; i++) {
        u1[j] += x[i] * w.w1()[i][j];
      }
      z1[j] = Math.max(0, u1[j]);
    }
    for (int k = 0; k < OUT; k++) {
      u2[k] = w.b2()[k];
      for (int j = 0; j < HIDDEN; j++) {
        u2[k] += z1[j] * w.w2()[j][k];
      }
    }
    return new ForwardTrace(u1, z1, u2, new dev.nngrade.solution.SoftmaxImpl().softmax(u2));
  }

  @Override
  public double loss(ForwardWeights w, double[] x, double[] d) {
    double[] y = forward(w, x).y();
    double e = 0;
    for (int k = 0; k < OUT; k++) {
      e -= d[k] * Math.log(y[k] + 1e-7);
    }
    return e;
  }
}
