package dev.nngrade.solution;

import dev.nngrade.contract.layer.SigmoidLayer;
import dev.nngrade.nn.layer.Sigmoid;

public class SigmoidLayerImpl extends RowLayer implements SigmoidLayer {
  public SigmoidLayerImpl() {
    super(new Sigmoid());
  }
}
