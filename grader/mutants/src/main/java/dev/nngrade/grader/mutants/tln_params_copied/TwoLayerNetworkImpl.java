package dev.nngrade.grader.mutants.tln_params_copied;

import dev.nngrade.grader.mutants.TwoLayerNetworkDelegate;
import java.util.LinkedHashMap;
import java.util.Map;

/** TwoLayerNet that computes with copies of the parameter arrays made by the constructor, while params() returns the arrays it was given: in-place updates never reach it. */
public class TwoLayerNetworkImpl extends TwoLayerNetworkDelegate {
  private final Map<String, double[][]> given;

  public TwoLayerNetworkImpl(Map<String, double[][]> params) {
    super(copies(params));
    this.given = params;
  }

  private static Map<String, double[][]> copies(Map<String, double[][]> params) {
    Map<String, double[][]> c = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      double[][] m = new double[v.length][];
      for (int i = 0; i < v.length; i++) {
        m[i] = v[i].clone();
      }
      c.put(k, m);
    });
    return c;
  }

  @Override
  public Map<String, double[][]> params() {
    return given;
  }
}
