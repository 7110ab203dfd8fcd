package dev.nngrade.student;

import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.AdamForm;
import java.util.HashMap;
import java.util.Map;

public class AdamImpl implements Adam {
  private final double lr;
  private final double beta1;
  private final double beta2;
  private final AdamForm form;
  private final Map<String, double[]> m = new HashMap<>();
  private final Map<String, double[]> v = new HashMap<>();
  private int t = 0;

  public AdamImpl(double lr, double beta1, double beta2, AdamForm form) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.form = form;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    for (String key : params.keySet()) {
      if (!grads.containsKey(key)) {
        throw new IllegalArgumentException("no gradient for " + key);
      }
    }
    t++;
    double corr1 = 1 - Math.pow(beta1, t);
    double corr2 = 1 - Math.pow(beta2, t);
    for (String key : params.keySet()) {
      double[][] p = params.get(key);
      double[][] g = grads.get(key);
      int size = 0;
      for (double[] row : p) {
        size += row.length;
      }
      double[] mk = m.get(key);
      double[] vk = v.get(key);
      if (mk == null) {
        mk = new double[size];
        vk = new double[size];
        m.put(key, mk);
        v.put(key, vk);
      }
      int k = 0;
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          double gr = g[i][j];
          // the moving averages, written as β·old + (1 − β)·new in both forms
          mk[k] = beta1 * mk[k] + (1 - beta1) * gr;
          vk[k] = beta2 * vk[k] + (1 - beta2) * gr * gr;
          if (form == AdamForm.TEXTBOOK) {
            double lrT = lr * Math.sqrt(corr2) / corr1;
            p[i][j] -= lrT * mk[k] / (Math.sqrt(vk[k]) + 1e-7);
          } else {
            double mHat = mk[k] / corr1;
            double vHat = vk[k] / corr2;
            p[i][j] -= lr * mHat / Math.sqrt(vHat + 1e-8);
          }
          k++;
        }
      }
    }
  }
}
