package dev.nngrade.grader.mutants.forward3_output_relu;

import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;

public class ForwardPassImpl implements ForwardPass {
  /** The mistake: the hidden layer's ReLU applied to the output layer too, before the softmax. */
  @Override
  public ForwardTrace forward(ForwardWeights w, double[] x) {
    ForwardTrace t = new dev.nngrade.solution.ForwardPassImpl().forward(w, x);
    double[] a = t.u2().clone();
    for (int k = 0; k < a.length; k++) {
      a[k] = Math.max(0, a[k]);
    }
    return new ForwardTrace(t.u1(), t.z1(), t.u2(), new dev.nngrade.solution.SoftmaxImpl().softmax(a));
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
