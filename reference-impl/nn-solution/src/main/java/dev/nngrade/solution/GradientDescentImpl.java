package dev.nngrade.solution;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    Params.checkMatching(params, grads);
    new SgdImpl(learningRate).update(params, grads);
  }
}
