package dev.nngrade.grader.mutants.gd_wrong_sign;

import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

public class GradientDescentImpl implements GradientDescent {
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    new dev.nngrade.solution.GradientDescentImpl().stepInPlace(params, grads, -learningRate);
  }
}
