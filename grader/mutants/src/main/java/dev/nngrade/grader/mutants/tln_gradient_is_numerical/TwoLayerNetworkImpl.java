package dev.nngrade.grader.mutants.tln_gradient_is_numerical;

import dev.nngrade.grader.mutants.TwoLayerNetworkDelegate;
import java.util.Map;

/** TwoLayerNet whose gradient() returns the numerical gradient instead of backpropagation. */
public class TwoLayerNetworkImpl extends TwoLayerNetworkDelegate {
  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    super(params);
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    return numericalGradient(x, t);
  }
}
