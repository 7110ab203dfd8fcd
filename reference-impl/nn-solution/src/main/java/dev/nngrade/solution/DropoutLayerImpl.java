package dev.nngrade.solution;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import dev.nngrade.nn.layer.Dropout;
import java.util.random.RandomGenerator;

public class DropoutLayerImpl implements DropoutLayer {
  private final Dropout layer;

  public DropoutLayerImpl(double ratio, DropoutForm form, RandomGenerator random) {
    this.layer = new Dropout(ratio, form == DropoutForm.INVERTED ? Dropout.Convention.INVERTED : Dropout.Convention.SCALE_AT_INFERENCE, random);
  }

  @Override
  public double[][] forward(double[][] x, boolean train) {
    return Host.matrix(layer.forward(Host.matrix("x", x), train));
  }

  @Override
  public double[][] backward(double[][] dout) {
    return Host.matrix(layer.backward(Host.matrix("dout", dout)));
  }
}
