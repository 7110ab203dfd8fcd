package dev.nngrade.grader.mutants.forward3_u2_from_u1;

import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;

public class ForwardPassImpl implements ForwardPass {
  /** The mistake: the output layer takes u1, the total input of the hidden layer, instead of z1 = ReLU(u1). */
  @Override
  public ForwardTrace forward(ForwardWeights w, double[] x) {
    ForwardTrace t = new dev.nngrade.solution.ForwardPassImpl().forward(w, x);
    double[] u2 = w.b2().clone();
    for (int k = 0; k < u2.length; k++) {
      for (int j = 0; j < t.u1().length; j++) {
        u2[k] += t.u1()[j] * w.w2()[j][k];
      }
    }
    return new ForwardTrace(t.u1(), t.z1(), u2, new dev.nngrade.solution.SoftmaxImpl().softmax(u2));
  }

  @Override
  public double loss(ForwardWeights w, double[] x, double[] d) {
    double[] y = forward(w, x).y();
    double e = 0;
    for (int k = 0; k < y.length; k++) {
      e -= d[k] * Math.log(y[k] + 1e-7);
    }
    return e;
  }
}
