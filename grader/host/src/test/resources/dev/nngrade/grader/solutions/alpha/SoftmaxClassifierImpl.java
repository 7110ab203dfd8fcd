package dev.nngrade.student;

import dev.nngrade.contract.train.SoftmaxClassifier;

/** Softmax regression trained by full-batch gradient descent; weights handed out as copies. */
public class SoftmaxClassifierImpl implements SoftmaxClassifier {
  private final double[][] w;
  private final double[] b;

  public SoftmaxClassifierImpl(int inputs, int classes) {
    if (inputs < 1 || classes < 1) {
      throw new IllegalArgumentException("inputs and classes must be ≥ 1");
    }
    this.w = new double[inputs][classes];
    this.b = new double[classes];
  }

  @Override
  public double[][] probabilities(double[][] x) {
    return Careful.softmaxRows(Careful.affineRows(x, w, b));
  }

  @Override
  public int[] predict(double[][] x) {
    double[][] p = probabilities(x);
    int[] out = new int[p.length];
    for (int n = 0; n < p.length; n++) {
      out[n] = Careful.argmax(p[n]);
    }
    return out;
  }

  @Override
  public double step(double[][] x, int[] labels, double learningRate) {
    double[][] p = probabilities(x);
    int n = p.length;
    if (labels == null || labels.length != n || n == 0) {
      throw new IllegalArgumentException("one label per row, at least one row");
    }
    int k = b.length;
    Careful.Sum loss = new Careful.Sum();
    double[][] d = new double[n][k];
    for (int i = 0; i < n; i++) {
      if (labels[i] < 0 || labels[i] >= k) {
        throw new IllegalArgumentException("label " + labels[i] + " is not in [0, " + k + ")");
      }
      loss.add(Math.log(p[i][labels[i]] + 1e-7));
      for (int c = 0; c < k; c++) {
        d[i][c] = (p[i][c] - (c == labels[i] ? 1.0 : 0.0)) / n;
      }
    }
    double[][] dw = Careful.transposeTimes(x, d);
    double[] db = Careful.columnSums(d);
    for (int i = 0; i < w.length; i++) {
      for (int c = 0; c < k; c++) {
        w[i][c] = Math.fma(-learningRate, dw[i][c], w[i][c]);
      }
    }
    for (int c = 0; c < k; c++) {
      b[c] = Math.fma(-learningRate, db[c], b[c]);
    }
    return -loss.value() / n;
  }

  @Override
  public double[][] weights() {
    return Careful.copy(w);
  }

  @Override
  public double[] bias() {
    return b.clone();
  }
}
