package dev.nngrade.solution;

import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The contract's parameter maps as nn-core {@link Parameter}s, and back. */
final class Params {
  private Params() {}

  /** Every key of {@code params} has a gradient of the same shape; checked before anything changes. */
  static void checkMatching(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (var e : params.entrySet()) {
      double[][] g = grads.get(e.getKey());
      if (g == null) {
        throw new IllegalArgumentException("no gradient for parameter " + e.getKey() + "; gradients given for " + grads.keySet());
      }
      if (!Arrays.equals(shape(e.getValue()), shape(g))) {
        throw new IllegalArgumentException("gradient of " + e.getKey() + " has shape " + Arrays.toString(shape(g)) + ", the parameter " + Arrays.toString(shape(e.getValue())));
      }
    }
  }

  static int[] shape(double[][] a) {
    int cols = a.length == 0 ? 0 : a[0].length;
    for (double[] row : a) {
      if (row.length != cols) {
        return new int[] {a.length, -1};
      }
    }
    return new int[] {a.length, cols};
  }

  /** Writes the parameters' values back into the maps' arrays (in place). */
  static void writeBack(List<Parameter> list, Map<String, double[][]> params) {
    for (Parameter p : list) {
      double[][] target = params.get(p.name());
      Tensor v = p.value();
      double[] flat = v.toArray();
      int cols = target.length == 0 ? 0 : target[0].length;
      for (int i = 0; i < target.length; i++) {
        System.arraycopy(flat, i * cols, target[i], 0, cols);
      }
    }
  }
}
