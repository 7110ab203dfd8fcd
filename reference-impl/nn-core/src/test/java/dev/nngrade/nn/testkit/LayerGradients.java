package dev.nngrade.nn.testkit;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.gradient.GradientCheck;
import dev.nngrade.nn.gradient.NumericalGradient;
import dev.nngrade.nn.layer.Layer;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a layer's backward against central differences of the scalar {@code L = Σ y ⊙ R} for a
 * fixed random {@code R}, whose gradient {@code dL/dy} is {@code R}: the numerical gradients with
 * respect to the input and to every parameter are compared with what backward returns.
 */
public final class LayerGradients {
  private LayerGradients() {}

  public static GradientCheck.Report check(Layer layer, Tensor x, double[] weights) {
    Backend be = x.backend();
    Tensor y = layer.forward(x, true);
    Tensor r = be.fromHost(weights, y.shape());
    Map<String, double[]> backprop = new LinkedHashMap<>();
    Tensor dx = layer.backward(r);
    backprop.put("x", dx.toArray());
    for (Parameter p : layer.parameters()) {
      backprop.put(p.name(), p.grad().toArray());
    }
    Map<String, double[]> numerical = new LinkedHashMap<>();
    numerical.put("x", NumericalGradient.of(() -> weighted(layer, x, weights), x));
    for (Parameter p : layer.parameters()) {
      numerical.put(p.name(), NumericalGradient.of(() -> weighted(layer, x, weights), p.value()));
    }
    return GradientCheck.compare(numerical, backprop);
  }

  private static double weighted(Layer layer, Tensor x, double[] weights) {
    double[] y = layer.forward(x, true).toArray();
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += y[i] * weights[i];
    }
    return s;
  }
}
