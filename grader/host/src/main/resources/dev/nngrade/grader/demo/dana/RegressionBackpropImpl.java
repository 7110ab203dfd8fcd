package dev.nngrade.student;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;

/** Runs forward again inside backward (確認テスト12 asks to reuse forward's values), then uses the values it was given. */
public class RegressionBackpropImpl extends RegressionBackpropBase {
  @Override
  public RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f) {
    forward(p, x, f); // recomputed for nothing
    return super.backward(p, x, d, fwd, f);
  }
}
