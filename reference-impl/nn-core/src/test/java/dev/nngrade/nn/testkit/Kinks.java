package dev.nngrade.nn.testkit;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.ConvGeometry;
import dev.nngrade.nn.layer.ActivationLayer;
import dev.nngrade.nn.layer.Layer;
import dev.nngrade.nn.layer.MaxPooling;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.tensor.Tensor;

/**
 * How far a network's input is from the kinks of its layers: the smallest |input| of a ReLU or
 * leaky ReLU, and the smallest gap between the largest and second-largest value of a max-pooling
 * window. A numerical gradient is only meaningful when the perturbation cannot cross a kink.
 */
public final class Kinks {
  private Kinks() {}

  public static double margin(Sequential net, Tensor x) {
    double margin = Double.POSITIVE_INFINITY;
    Tensor h = x;
    for (Layer layer : net.layers()) {
      if (layer instanceof ActivationLayer a && (a.activation() == Activation.RELU || a.activation() == Activation.LEAKY_RELU)) {
        for (double v : h.toArray()) {
          margin = Math.min(margin, Math.abs(v));
        }
      } else if (layer instanceof MaxPooling pool) {
        margin = Math.min(margin, poolGap(pool.geometry(h.shape()), h.toArray()));
      }
      h = layer.forward(h, false);
    }
    return margin;
  }

  private static double poolGap(ConvGeometry g, double[] x) {
    double gap = Double.POSITIVE_INFINITY;
    for (int p = 0; p < g.batch() * g.channels(); p++) {
      for (int oy = 0; oy < g.outHeight(); oy++) {
        for (int ox = 0; ox < g.outWidth(); ox++) {
          double first = Double.NEGATIVE_INFINITY, second = Double.NEGATIVE_INFINITY;
          for (int ky = 0; ky < g.kernelHeight(); ky++) {
            for (int kx = 0; kx < g.kernelWidth(); kx++) {
              int iy = oy * g.stride() + ky - g.pad(), ix = ox * g.stride() + kx - g.pad();
              double v = iy < 0 || iy >= g.height() || ix < 0 || ix >= g.width() ? 0 : x[(p * g.height() + iy) * g.width() + ix];
              if (v > first) {
                second = first;
                first = v;
              } else if (v > second) {
                second = v;
              }
            }
          }
          gap = Math.min(gap, first - second);
        }
      }
    }
    return gap;
  }
}
