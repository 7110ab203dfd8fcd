package dev.nngrade.student;

import dev.nngrade.contract.function.Softmax;

/** Spins forever, ignoring interrupts, on scores of 1000 or more; otherwise correct. */
public class SoftmaxImpl implements Softmax {
  static volatile long sink;

  @Override
  public double[] softmax(double[] a) {
    for (double v : a) {
      if (v >= 1000) {
        Thread spinner = new Thread(() -> {
          while (true) {
            sink++;
          }
        });
        spinner.start(); // a non-daemon thread that outlives the test
        while (true) {
          sink++;
          Thread.interrupted(); // ignores interrupts
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double[] y = new double[a.length];
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.exp(a[i] - max);
      sum += y[i];
    }
    for (int i = 0; i < a.length; i++) {
      y[i] /= sum;
    }
    return y;
  }

  @Override
  public double[][] softmax(double[][] a) {
    double[][] y = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      y[i] = softmax(a[i]);
    }
    return y;
  }
}
