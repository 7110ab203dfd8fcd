package dev.nngrade.student;

import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.AdamForm;
import java.util.HashMap;
import java.util.Map;

/** Adam in either form; β^t kept as running products, one step counter for the optimizer. */
public class AdamImpl implements Adam {
  private final double lr;
  private final double beta1;
  private final double beta2;
  private final AdamForm form;
  private final Map<String, double[][]> m = new HashMap<>();
  private final Map<String, double[][]> v = new HashMap<>();
  private double beta1t = 1.0;
  private double beta2t = 1.0;

  public AdamImpl(double lr, double beta1, double beta2, AdamForm form) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.form = form;
  }

  @Override
  public void update(Map<String, double[][]> params, Map<String, double[][]> grads) {
    Optimizers.check(params, grads);
    beta1t *= beta1;
    beta2t *= beta2;
    double c1 = 1.0 - beta1t;
    double c2 = 1.0 - beta2t;
    double lrT = lr * Math.sqrt(c2) / c1;
    for (Map.Entry<String, double[][]> e : params.entrySet()) {
      double[][] p = e.getValue();
      double[][] g = grads.get(e.getKey());
      double[][] mm = m.computeIfAbsent(e.getKey(), k -> Optimizers.zerosLike(p));
      double[][] vv = v.computeIfAbsent(e.getKey(), k -> Optimizers.zerosLike(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          double gij = g[i][j];
          if (form == AdamForm.TEXTBOOK) {
            mm[i][j] = Math.fma(1.0 - beta1, gij - mm[i][j], mm[i][j]);
            vv[i][j] = Math.fma(1.0 - beta2, gij * gij - vv[i][j], vv[i][j]);
            p[i][j] -= lrT * mm[i][j] / (Math.sqrt(vv[i][j]) + form.epsilon());
          } else {
            mm[i][j] = Math.fma(beta1, mm[i][j], (1.0 - beta1) * gij);
            vv[i][j] = Math.fma(beta2, vv[i][j], (1.0 - beta2) * gij * gij);
            double mHat = mm[i][j] / c1;
            double vHat = vv[i][j] / c2;
            p[i][j] -= lr * mHat / Math.sqrt(vHat + form.epsilon());
          }
        }
      }
    }
  }
}
