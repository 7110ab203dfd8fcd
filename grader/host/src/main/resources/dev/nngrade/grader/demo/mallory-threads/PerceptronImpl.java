package dev.nngrade.student;

import dev.nngrade.contract.net.Perceptron;

/** Starts threads until the system refuses, each sleeping forever. */
public class PerceptronImpl implements Perceptron {
  public PerceptronImpl(int inputs, double eta) {
    for (int i = 0; i < 100_000; i++) {
      Thread t = new Thread(() -> {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.start();
    }
  }

  @Override
  public int predict(double[] x) {
    return 0;
  }

  @Override
  public void learn(double[] x, int y) {}

  @Override
  public double[] weights() {
    return new double[0];
  }

  @Override
  public double threshold() {
    return 0;
  }

  @Override
  public int train(double[][] xs, int[] ys, int maxEpochs) {
    return 1;
  }
}
