package dev.nngrade.grader.mutants.rmsprop_decay_swapped;

import dev.nngrade.contract.train.RmsProp;
import java.util.HashMap;
import java.util.Map;

/** RMSProp with the decay on the wrong term: h ← (1 − decay)·h + decay·g². */
public class RmsPropImpl implements RmsProp {
  private final double lr;
  private final double decay;
  private final Map<String, double[][]> h = new HashMap<>();

  public RmsPropImpl(double lr, double decayRate) {
    this.lr = lr;
    this.decay = decayRate;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] s = h.computeIfAbsent(e.getKey(), k -> new double[p.length][p[0].length]);
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          s[i][j] = (1 - decay) * s[i][j] + decay * g[i][j] * g[i][j];
          p[i][j] -= lr * g[i][j] / (Math.sqrt(s[i][j]) + EPS);
        }
      }
    }
  }
}
