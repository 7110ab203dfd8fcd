package dev.nngrade.model;

import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.AdamForm;
import java.util.HashMap;
import java.util.Map;

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
    t++;
    double correction1 = 1 - Math.pow(beta1, t), correction2 = 1 - Math.pow(beta2, t);
    // the textbook folds both bias corrections into the learning rate
    double lrT = lr * Math.sqrt(correction2) / correction1;
    double eps = form.epsilon();
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue(), g = grads.get(e.getKey());
      double[][] mk = m.computeIfAbsent(e.getKey(), k -> zerosLike(p)), vk = v.computeIfAbsent(e.getKey(), k -> zerosLike(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          double gij = g[i][j];
          if (form == AdamForm.TEXTBOOK) {
            mk[i][j] += (1 - beta1) * (gij - mk[i][j]);
            vk[i][j] += (1 - beta2) * (gij * gij - vk[i][j]);
            p[i][j] -= lrT * mk[i][j] / (Math.sqrt(vk[i][j]) + eps);
          } else {
            mk[i][j] = beta1 * mk[i][j] + (1 - beta1) * gij;
            vk[i][j] = beta2 * vk[i][j] + (1 - beta2) * gij * gij;
            double mHat = mk[i][j] / correction1, vHat = vk[i][j] / correction2;
            p[i][j] -= lr * mHat / Math.sqrt(vHat + eps);
          }
        }
      }
    }
  }

  private static double[][] zerosLike(double[][] p) {
    double[][] z = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      z[i] = new double[p[i].length];
    }
    return z;
  }
}
