package dev.nngrade.student;

import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;

public class ForwardPassImpl implements ForwardPass {
  private static double[] dotPlus(double[] v, double[][] w, double[] b) {
    if (w.length != v.length) {
      throw new IllegalArgumentException("W has " + w.length + " rows, the input " + v.length + " entries");
    }
    double[] u = new double[b.length];
    for (int i = 0; i < v.length; i++) {
      if (w[i].length != b.length) {
        throw new IllegalArgumentException("W[" + i + "] has " + w[i].length + " entries, b has " + b.length);
      }
    }
    for (int j = 0; j < b.length; j++) {
      double s = 0;
      for (int i = 0; i < v.length; i++) {
        s += v[i] * w[i][j];
      }
      u[j] = s + b[j];
    }
    return u;
  }

  @Override
  public ForwardTrace forward(ForwardWeights w, double[] x) {
    double[] u1 = dotPlus(x, w.w1(), w.b1());
    double[] z1 = new double[u1.length];
    for (int j = 0; j < u1.length; j++) {
      z1[j] = u1[j] > 0 ? u1[j] : 0.0;
    }
    double[] u2 = dotPlus(z1, w.w2(), w.b2());
    return new ForwardTrace(u1, z1, u2, new SoftmaxImpl().softmax(u2));
  }

  @Override
  public double loss(ForwardWeights w, double[] x, double[] d) {
    return new CrossEntropyImpl().oneHot(forward(w, x).y(), d);
  }
}
