package dev.nngrade.grader.mutants.bp_numerical_fallback;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

public class RegressionBackpropImpl implements RegressionBackprop {
  private static final double H = 1e-4;
  private final RegressionBackprop ref = new dev.nngrade.solution.RegressionBackpropImpl();

  @Override
  public RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f) {
    return ref.forward(p, x, f);
  }

  private double loss(RegressionParams p, double[] x, double d, HiddenActivation f) {
    double y = forward(p, x, f).y();
    return (y - d) * (y - d) / 2;
  }

  private double[] gradient(double[] v, RegressionParams p, double[] x, double d, HiddenActivation f) {
    double[] g = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double keep = v[i];
      v[i] = keep + H;
      double plus = loss(p, x, d, f);
      v[i] = keep - H;
      double minus = loss(p, x, d, f);
      v[i] = keep;
      g[i] = (plus - minus) / (2 * H);
    }
    return g;
  }

  /** The mistake: the gradients by central differences of the loss, not by backpropagation (and so not from the given z1). */
  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    double[][] w1 = new double[p.w1().length][];
    for (int i = 0; i < w1.length; i++) {
      w1[i] = gradient(p.w1()[i], p, x, d, f);
    }
    return new RegressionParams(w1, gradient(p.b1(), p, x, d, f), gradient(p.w2(), p, x, d, f), gradient(p.b2(), p, x, d, f));
  }
}
