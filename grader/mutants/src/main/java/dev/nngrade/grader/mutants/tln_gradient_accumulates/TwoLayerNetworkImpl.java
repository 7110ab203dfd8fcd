package dev.nngrade.grader.mutants.tln_gradient_accumulates;

import dev.nngrade.grader.mutants.TwoLayerNetworkDelegate;
import java.util.LinkedHashMap;
import java.util.Map;

/** TwoLayerNet whose gradient adds every call's gradients to arrays kept from the previous calls (grads += ...). */
public class TwoLayerNetworkImpl extends TwoLayerNetworkDelegate {
  private final Map<String, double[][]> sums = new LinkedHashMap<>();

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    super(params);
  }

  @Override
  public Map<String, double[][]> gradient(double[][] x, double[][] t) {
    Map<String, double[][]> g = ref.gradient(x, t);
    Map<String, double[][]> out = new LinkedHashMap<>();
    g.forEach((k, v) -> {
      double[][] s = sums.computeIfAbsent(k, key -> new double[v.length][v[0].length]);
      double[][] copy = new double[v.length][];
      for (int i = 0; i < v.length; i++) {
        for (int j = 0; j < v[i].length; j++) {
          s[i][j] += v[i][j];
        }
        copy[i] = s[i].clone();
      }
      out.put(k, copy);
    });
    return out;
  }
}
