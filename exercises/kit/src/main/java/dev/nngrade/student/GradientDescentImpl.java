package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import dev.nngrade.contract.train.GradientDescent;
import java.util.Map;

/** {@link GradientDescent} の実装（課題: gd-step）。 Your implementation; the interface's Javadoc states the formula. */
public class GradientDescentImpl implements GradientDescent {
  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    // TODO
    throw NotImplemented.of(Exercise.GD_STEP, "GradientDescentImpl.stepInPlace");
  }
}
