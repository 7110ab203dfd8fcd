package dev.nngrade.student;

import dev.nngrade.contract.train.SoftmaxClassifier;

public class SoftmaxClassifierImpl implements SoftmaxClassifier {
  private final double[][] w;
  private final double[] b;

  public SoftmaxClassifierImpl(int inputs, int classes) {
    w = new double[inputs][classes];
    b = new double[classes];
  }

  @Override
  public double[][] probabilities(double[][] x) {
    int in = w.length;
    int k = b.length;
    double[][] p = new double[x.length][k];
    for (int n = 0; n < x.length; n++) {
      if (x[n].length != in) {
        throw new IllegalArgumentException("x[" + n + "] must have " + in + " entries");
      }
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        double s = b[c];
        for (int i = 0; i < in; i++) {
          s += x[n][i] * w[i][c];
        }
        p[n][c] = s;
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int c = k - 1; c >= 0; c--) {
        p[n][c] = Math.exp(p[n][c] - max);
        sum += p[n][c];
      }
      for (int c = 0; c < k; c++) {
        p[n][c] /= sum;
      }
    }
    return p;
  }

  @Override
  public int[] predict(double[][] x) {
    double[][] p = probabilities(x);
    int[] labels = new int[p.length];
    for (int n = 0; n < p.length; n++) {
      int best = 0;
      for (int c = 1; c < p[n].length; c++) {
        if (p[n][c] > p[n][best]) {
          best = c;
        }
      }
      labels[n] = best;
    }
    return labels;
  }

  @Override
  public double step(double[][] x, int[] labels, double learningRate) {
    if (labels.length != x.length || x.length == 0) {
      throw new IllegalArgumentException(x.length + " rows but " + labels.length + " labels");
    }
    int k = b.length;
    for (int label : labels) {
      if (label < 0 || label >= k) {
        throw new IllegalArgumentException("label " + label + " outside [0, " + k + ")");
      }
    }
    double[][] p = probabilities(x);
    int n = x.length;
    double loss = 0;
    for (int s = 0; s < n; s++) {
      loss -= Math.log(p[s][labels[s]] + 1e-7);
      p[s][labels[s]] -= 1; // p − t
    }
    loss /= n;
    // sums first, then divided by N
    double[][] dw = new double[w.length][k];
    double[] db = new double[k];
    for (int c = 0; c < k; c++) {
      for (int s = 0; s < n; s++) {
        db[c] += p[s][c];
        for (int i = 0; i < w.length; i++) {
          dw[i][c] += x[s][i] * p[s][c];
        }
      }
    }
    for (int c = 0; c < k; c++) {
      for (int i = 0; i < w.length; i++) {
        w[i][c] -= learningRate * (dw[i][c] / n);
      }
      b[c] -= learningRate * (db[c] / n);
    }
    return loss;
  }

  @Override
  public double[][] weights() {
    return w;
  }

  @Override
  public double[] bias() {
    return b;
  }
}
