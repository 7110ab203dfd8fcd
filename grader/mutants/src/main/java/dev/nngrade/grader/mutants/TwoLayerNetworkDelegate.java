package dev.nngrade.grader.mutants;

import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.Map;

/** The reference TwoLayerNet, for mutants that change one of its methods. */
public abstract class TwoLayerNetworkDelegate implements TwoLayerNetwork {
  protected final TwoLayerNetwork ref;

  protected TwoLayerNetworkDelegate(Map<String, double[][]> params) {
    this.ref = new dev.nngrade.solution.TwoLayerNetworkImpl(params);
  }

  @Override
  public Map<String, double[][]> params() {
    return ref.params();
  }

  @Override
  public double[][] predict(double[][] x) {
    return ref.predict(x);
  }

  @Override
  public double loss(double[][] x, double[][] t) {
    return ref.loss(x, t);
  }

  @Override
  public double accuracy(double[][] x, double[][] t) {
    return ref.accuracy(x, t);
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    return ref.numericalGradient(x, t);
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    return ref.gradient(x, t);
  }
}
