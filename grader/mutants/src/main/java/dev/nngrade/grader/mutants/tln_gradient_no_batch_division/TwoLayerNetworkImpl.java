package dev.nngrade.grader.mutants.tln_gradient_no_batch_division;

import dev.nngrade.contract.net.TwoLayerNetwork;
import java.util.Map;

public class TwoLayerNetworkImpl implements TwoLayerNetwork {
  private final TwoLayerNetwork ref;

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    ref = new dev.nngrade.solution.TwoLayerNetworkImpl(params);
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

  /** The mistake: dy = y − t without the 1/N of the batch mean. */
  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    Map<String, double[][]> g = ref.gradient(x, t);
    for (double[][] m : g.values()) {
      for (double[] row : m) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= x.length;
        }
      }
    }
    return g;
  }
}
