package dev.nngrade.grader.mutants.tln_db_mean;

import dev.nngrade.grader.mutants.TwoLayerNetworkDelegate;
import java.util.Map;

/** TwoLayerNet whose bias gradients are means over the batch rows instead of sums (the 1/N taken twice). */
public class TwoLayerNetworkImpl extends TwoLayerNetworkDelegate {
  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    super(params);
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    Map<String, double[][]> g = ref.gradient(x, t);
    for (String key : new String[] {"b1", "b2"}) {
      for (double[] row : g.get(key)) {
        for (int j = 0; j < row.length; j++) {
          row[j] /= x.length;
        }
      }
    }
    return g;
  }
}
