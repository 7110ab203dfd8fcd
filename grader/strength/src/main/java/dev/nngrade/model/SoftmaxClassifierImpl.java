package dev.nngrade.model;

import dev.nngrade.contract.train.SoftmaxClassifier;

/** Softmax regression trained by full-batch gradient descent, W and b starting at 0. */
public class SoftmaxClassifierImpl implements SoftmaxClassifier {
  private static final double DELTA = 1e-7;

  private final double[][] w;
  private final double[] b;

  public SoftmaxClassifierImpl(int inputs, int classes) {
    this.w = new double[inputs][classes];
    this.b = new double[classes];
  }

  @Override
  public double[][] probabilities(double[][] x) {
    double[][] p = new double[x.length][];
    for (int n = 0; n < x.length; n++) {
      double[] a = b.clone();
      for (int i = 0; i < w.length; i++) {
        for (int k = 0; k < b.length; k++) {
          a[k] += x[n][i] * w[i][k];
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double v : a) {
        max = Math.max(max, v);
      }
      double sum = 0;
      for (int k = 0; k < a.length; k++) {
        a[k] = Math.exp(a[k] - max);
        sum += a[k];
      }
      for (int k = 0; k < a.length; k++) {
        a[k] /= sum;
      }
      p[n] = a;
    }
    return p;
  }

  @Override
  public int[] predict(double[][] x) {
    double[][] p = probabilities(x);
    int[] classes = new int[x.length];
    for (int n = 0; n < x.length; n++) {
      int best = 0;
      for (int k = 1; k < p[n].length; k++) {
        if (p[n][k] > p[n][best]) {
          best = k;
        }
      }
      classes[n] = best;
    }
    return classes;
  }

  @Override
  public double step(double[][] x, int[] labels, double learningRate) {
    double[][] p = probabilities(x);
    int batch = x.length;
    double loss = 0;
    double[][] dw = new double[w.length][b.length];
    double[] db = new double[b.length];
    for (int n = 0; n < batch; n++) {
      loss -= Math.log(p[n][labels[n]] + DELTA);
      for (int k = 0; k < b.length; k++) {
        double d = (p[n][k] - (k == labels[n] ? 1 : 0)) / batch;
        db[k] += d;
        for (int i = 0; i < w.length; i++) {
          dw[i][k] += x[n][i] * d;
        }
      }
    }
    for (int k = 0; k < b.length; k++) {
      b[k] -= learningRate * db[k];
      for (int i = 0; i < w.length; i++) {
        w[i][k] -= learningRate * dw[i][k];
      }
    }
    return loss / batch;
  }

  @Override
  public double[][] weights() {
    double[][] copy = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      copy[i] = w[i].clone();
    }
    return copy;
  }

  @Override
  public double[] bias() {
    return b.clone();
  }
}
