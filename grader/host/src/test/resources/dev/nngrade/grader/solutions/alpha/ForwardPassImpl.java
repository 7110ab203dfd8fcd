package dev.nngrade.student;

import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;

/** x W1 + b1 → ReLU → z1 W2 + b2 → softmax, with compensated dot products. */
public class ForwardPassImpl implements ForwardPass {
  @Override
  public ForwardTrace forward(ForwardWeights w, double[] x) {
    if (w == null || x == null) {
      throw new IllegalArgumentException("weights and x are required");
    }
    double[] u1 = layer(x, w.w1(), w.b1());
    double[] z1 = new double[u1.length];
    for (int j = 0; j < u1.length; j++) {
      z1[j] = Math.max(0.0, u1[j]);
    }
    double[] u2 = layer(z1, w.w2(), w.b2());
    return new ForwardTrace(u1, z1, u2, Careful.softmax(u2));
  }

  @Override
  public double loss(ForwardWeights w, double[] x, double[] d) {
    double[] y = forward(w, x).y();
    if (d == null || d.length != y.length) {
      throw new IllegalArgumentException("d must have " + y.length + " values");
    }
    return -Math.log(y[Careful.argmax(d)] + 1e-7);
  }

  /** u_j = b_j + Σ_i v_i W[i][j], compensated. */
  private static double[] layer(double[] v, double[][] w, double[] b) {
    if (w == null || b == null || w.length != v.length) {
      throw new IllegalArgumentException("a weight matrix does not fit its input of " + v.length + " values");
    }
    double[] u = new double[b.length];
    for (int j = 0; j < b.length; j++) {
      Careful.Sum s = new Careful.Sum(b[j]);
      for (int i = 0; i < v.length; i++) {
        if (w[i].length != b.length) {
          throw new IllegalArgumentException("row " + i + " of a weight matrix does not have " + b.length + " columns");
        }
        s.addProduct(v[i], w[i][j]);
      }
      u[j] = s.value();
    }
    return u;
  }
}
