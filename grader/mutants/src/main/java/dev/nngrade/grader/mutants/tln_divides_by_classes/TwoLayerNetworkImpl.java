package dev.nngrade.grader.mutants.tln_divides_by_classes;

import dev.nngrade.grader.mutants.TwoLayerNetworkDelegate;
import java.util.Map;

/** TwoLayerNet whose backward starts from dy = (y − t)/K, K the number of classes, instead of (y − t)/N. */
public class TwoLayerNetworkImpl extends TwoLayerNetworkDelegate {
  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    super(params);
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    Map<String, double[][]> g = ref.gradient(x, t);
    double factor = (double) t.length / t[0].length;
    for (double[][] m : g.values()) {
      for (double[] row : m) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= factor;
        }
      }
    }
    return g;
  }
}
