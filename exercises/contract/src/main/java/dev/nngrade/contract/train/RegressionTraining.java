package dev.nngrade.contract.train;

import dev.nngrade.contract.net.HiddenActivation;
import java.util.random.RandomGenerator;

/**
 * 講義002 の実装演習 / lecture 002's implementation exercise: learn {@code f(x) = 2x0 + 3x1} on {@code x ∈
 * [0, 1)²} with a 2-5-1 network ({@link dev.nngrade.contract.net.RegressionBackprop}'s network), weights
 * drawn from {@code N(0, 1)}, one sample per step, {@code w ← w − lr ∇E}. With ReLU the loss falls faster
 * than with the sigmoid. Constructor: {@code RegressionTrainingImpl()}.
 *
 * <p>init_network と同じく W1、b1、W2、b2 のすべてを {@code random.nextGaussian()} で、各ステップの x0 と x1 を
 * {@code random.nextDouble()} で引く。 As the lecture's {@code init_network}, every one of W1, b1, W2 and b2
 * is drawn with {@code random.nextGaussian()} (unscaled), and each step's x0 and x1 with {@code
 * random.nextDouble()}; every parameter is updated at every step.
 */
public interface RegressionTraining {
  /**
   * {@code iterations} 回学習し、各回の更新前の損失を返す。 Trains for {@code iterations} steps, every random number from {@code random}; returns the loss
   * {@code (y − d)²/2} of every step, computed before that step's update.
   */
  double[] train(HiddenActivation f, int iterations, double learningRate, RandomGenerator random);
}
