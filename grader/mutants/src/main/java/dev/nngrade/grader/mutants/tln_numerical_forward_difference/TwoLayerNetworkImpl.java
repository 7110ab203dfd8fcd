package dev.nngrade.grader.mutants.tln_numerical_forward_difference;

import dev.nngrade.grader.mutants.TwoLayerNetworkDelegate;
import java.util.LinkedHashMap;
import java.util.Map;

/** TwoLayerNet whose numericalGradient takes the forward difference (L(p + h) − L(p))/h. */
public class TwoLayerNetworkImpl extends TwoLayerNetworkDelegate {
  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    super(params);
  }

  @Override
  public Map<String, double[][]> numericalGradient(double[][] x, double[][] t) {
    double h = 1e-4;
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (var e : params().entrySet()) {
      double[][] p = e.getValue(), g = new double[p.length][p[0].length];
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          double keep = p[i][j];
          double base = loss(x, t);
          p[i][j] = keep + h;
          double plus = loss(x, t);
          p[i][j] = keep;
          g[i][j] = (plus - base) / h;
        }
      }
      out.put(e.getKey(), g);
    }
    return out;
  }
}
