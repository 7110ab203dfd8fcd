package dev.nngrade.grader.mutants.classify_static_weights;

import dev.nngrade.contract.train.SoftmaxClassifier;

/** Softmax classifier whose W and b are static fields, shared by every classifier (and reset by each constructor). */
public class SoftmaxClassifierImpl implements SoftmaxClassifier {
  private static double[][] w;
  private static double[] b;

  public SoftmaxClassifierImpl(int inputs, int classes) {
    w = new double[inputs][classes];
    b = new double[classes];
  }

  @Override
  public double[][] probabilities(double[][] x) {
    double[][] p = new double[x.length][b.length];
    for (int n = 0; n < x.length; n++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < b.length; k++) {
        double s = b[k];
        for (int i = 0; i < w.length; i++) {
          s += x[n][i] * w[i][k];
        }
        p[n][k] = s;
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int k = 0; k < b.length; k++) {
        p[n][k] = Math.exp(p[n][k] - max);
        sum += p[n][k];
      }
      for (int k = 0; k < b.length; k++) {
        p[n][k] /= sum;
      }
    }
    return p;
  }

  @Override
  public int[] predict(double[][] x) {
    double[][] p = probabilities(x);
    int[] out = new int[x.length];
    for (int n = 0; n < x.length; n++) {
      for (int k = 1; k < b.length; k++) {
        if (p[n][k] > p[n][out[n]]) {
          out[n] = k;
        }
      }
    }
    return out;
  }

  @Override
  public double step(double[][] x, int[] labels, double learningRate) {
    double lr = learningRate;
    int n = x.length;
    double[][] p = probabilities(x);
    double loss = 0;
    for (int i = 0; i < n; i++) {
      loss -= Math.log(p[i][labels[i]] + 1e-7);
      p[i][labels[i]] -= 1;
    }
    double[][] dw = new double[w.length][b.length];
    double[] db = new double[b.length];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < b.length; k++) {
        double d = p[i][k] / n;
        db[k] += d;
        for (int j = 0; j < w.length; j++) {
          dw[j][k] += x[i][j] * d;
        }
      }
    }
    for (int j = 0; j < w.length; j++) {
      for (int k = 0; k < b.length; k++) {
        w[j][k] -= lr * dw[j][k];
      }
    }
    for (int k = 0; k < b.length; k++) {
      b[k] -= lr * db[k];
    }
    return loss / n;
  }

  @Override
  public double[][] weights() {
    double[][] c = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      c[i] = w[i].clone();
    }
    return c;
  }

  @Override
  public double[] bias() {
    return b.clone();
  }
}
