package dev.nngrade.student;

import dev.nngrade.contract.function.Softmax;

/**
 * Tries, while loading, to reach into the runner by reflection and through sun.misc.Unsafe, and
 * records what happened on stderr; the softmax itself is correct.
 */
public class SoftmaxImpl implements Softmax {
  static {
    try {
      Class<?> runner = Class.forName("dev.nngrade.grader.runner.ChildMain");
      var m = runner.getDeclaredMethod("run", Class.forName("dev.nngrade.grader.runner.ChildMain$Request"), Class.forName("dev.nngrade.grader.runner.EventChannel"));
      m.setAccessible(true);
      System.err.println("REFLECTION INTO THE RUNNER WORKED");
    } catch (Throwable t) {
      System.err.println("reflection blocked: " + t.getClass().getName());
    }
    try {
      Class<?> unsafe = Class.forName("sun.misc.Unsafe");
      var f = unsafe.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      System.err.println("UNSAFE REACHED");
    } catch (Throwable t) {
      System.err.println("unsafe blocked: " + t.getClass().getName());
    }
  }

  @Override
  public double[] softmax(double[] a) {
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
