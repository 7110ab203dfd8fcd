package dev.nngrade.nn.backend.cpu;

import dev.nngrade.nn.backend.AdamConvention;

/** The optimizers' updates on arrays, each the textbook's expression operation for operation (DLFS common/optimizer.py). */
final class Updates {
  private Updates() {}

  static void sgd(double[] p, double[] g, double lr, int from, int to) {
    for (int i = from; i < to; i++) {
      p[i] -= lr * g[i];
    }
  }

  static void momentum(double[] p, double[] g, double[] v, double lr, double momentum, int from, int to) {
    for (int i = from; i < to; i++) {
      v[i] = momentum * v[i] - lr * g[i];
      p[i] += v[i];
    }
  }

  static void adaGrad(double[] p, double[] g, double[] h, double lr, double eps, int from, int to) {
    for (int i = from; i < to; i++) {
      h[i] += g[i] * g[i];
      p[i] -= lr * g[i] / (Math.sqrt(h[i]) + eps);
    }
  }

  static void rmsProp(double[] p, double[] g, double[] h, double lr, double decay, double eps, int from, int to) {
    for (int i = from; i < to; i++) {
      h[i] *= decay;
      h[i] += (1 - decay) * g[i] * g[i];
      p[i] -= lr * g[i] / (Math.sqrt(h[i]) + eps);
    }
  }

  static void adam(
      double[] p, double[] g, double[] m, double[] v, int t, double lr, double beta1, double beta2, double eps,
      AdamConvention convention, int from, int to) {
    if (convention == AdamConvention.TEXTBOOK) {
      double lrT = AdamConvention.textbookStepSize(lr, beta1, beta2, t);
      for (int i = from; i < to; i++) {
        m[i] += (1 - beta1) * (g[i] - m[i]);
        v[i] += (1 - beta2) * (g[i] * g[i] - v[i]);
        p[i] -= lrT * m[i] / (Math.sqrt(v[i]) + eps);
      }
    } else {
      double c1 = AdamConvention.biasCorrection(beta1, t), c2 = AdamConvention.biasCorrection(beta2, t);
      for (int i = from; i < to; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        double mHat = m[i] / c1, vHat = v[i] / c2;
        p[i] -= lr * mHat / Math.sqrt(vHat + eps);
      }
    }
  }
}
