package dev.nngrade.student;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import java.util.random.RandomGenerator;

/** Breaks its own class initialisation, which makes the hidden suite's set-up fail: its tests must still count, as 0. */
public class DropoutLayerImpl implements DropoutLayer {
  static {
    if (true) {
      throw new IllegalStateException("no set-up for you");
    }
  }

  public DropoutLayerImpl(double ratio, DropoutForm form, RandomGenerator random) {}

  @Override
  public double[][] forward(double[][] x, boolean train) {
    return x;
  }

  @Override
  public double[][] backward(double[][] dout) {
    return dout;
  }
}
