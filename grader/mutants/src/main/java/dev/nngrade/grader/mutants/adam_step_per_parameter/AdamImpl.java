package dev.nngrade.grader.mutants.adam_step_per_parameter;

import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.AdamForm;
import java.util.HashMap;
import java.util.Map;

/** Adam that counts a step for every parameter key it updates, so one update of three keys advances t by three. */
public class AdamImpl implements Adam {
  private final double lr;
  private final double beta1;
  private final double beta2;
  private final AdamForm form;
  private final Map<String, double[][]> m = new HashMap<>();
  private final Map<String, double[][]> v = new HashMap<>();
  private int t;

  public AdamImpl(double lr, double beta1, double beta2, AdamForm form) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.form = form;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (var e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] mm = m.computeIfAbsent(e.getKey(), k -> new double[p.length][p[0].length]);
      double[][] vv = v.computeIfAbsent(e.getKey(), k -> new double[p.length][p[0].length]);
      t++;
      double lrT = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
      double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          if (form == AdamForm.TEXTBOOK) {
            mm[i][j] += (1 - beta1) * (g[i][j] - mm[i][j]);
            vv[i][j] += (1 - beta2) * (g[i][j] * g[i][j] - vv[i][j]);
            p[i][j] -= lrT * mm[i][j] / (Math.sqrt(vv[i][j]) + 1e-7);
          } else {
            mm[i][j] = beta1 * mm[i][j] + (1 - beta1) * g[i][j];
            vv[i][j] = beta2 * vv[i][j] + (1 - beta2) * g[i][j] * g[i][j];
            p[i][j] -= lr * (mm[i][j] / c1) / Math.sqrt(vv[i][j] / c2 + 1e-8);
          }
        }
      }
    }
  }
}
