package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.equal;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.MiniBatchTrainingContract;
import dev.nngrade.exercises.testkit.contracts.RecordingNetwork;
import dev.nngrade.exercises.testkit.contracts.RecordingRandom;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and training runs pinned against the reference's
 * trajectory for the test's seed (judged in the host). The network is the testkit's learning
 * stand-in, whose loss, gradient and accuracy depend on its parameters and on the batch, so that
 * every value of the record says which rows were drawn, which parameters had moved, and when the loss
 * and the accuracies were taken. Its arithmetic is its own and the same in both runs, so the values
 * must agree to the bit: tolerance 0.
 */
public class MiniBatchTrainingHiddenTests extends MiniBatchTrainingContract {
  private static final Tolerance SAME = Tolerance.abs(0);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** {@code n} training rows whose input is their index and whose target is one-hot of {@code i % 2}; test rows at {@code i + 0.5}. */
  private static TrainingData data(int n, int testN) {
    double[][] x = new double[n][1], t = new double[n][2], xt = new double[testN][1], tt = new double[testN][2];
    for (int i = 0; i < n; i++) {
      x[i][0] = i;
      t[i][i % 2] = 1;
    }
    for (int i = 0; i < testN; i++) {
      xt[i][0] = i + 0.5;
      tt[i][i % 2] = 1;
    }
    return new TrainingData(x, t, xt, tt);
  }

  /** A run on the learning stand-in, its record and the generator's calls, checked locally, then value by value against the reference's run. */
  private void trainAndCompare(Implementations impl, String label, int n, int testN, int iterations, int batch) {
    RecordingNetwork net = RecordingNetwork.learning();
    RecordingRandom random = new RecordingRandom(random(label).nextLong());
    MiniBatchTraining training = impl.get(MiniBatchTraining.class);
    String what = " (N = " + n + ", batch " + batch + ", " + iterations + " iterations)";
    // a batch larger than N leaves N / batchSize = 0 iterations per epoch: dividing by it throws
    TrainingRecord record = Attempt.of("train" + what, () -> training.train(net, net, data(n, testN), iterations, batch, random), "hint.mb.epochs");
    List<String> draws = random.calls();
    List<String> expectedDraws = Collections.nCopies(iterations * batch, "nextInt(" + n + ")");
    holds("the generator was called " + iterations + " × " + batch + " times, each time nextInt(" + n + ")" + what + "; the calls were "
        + (draws.size() > 12 ? draws.subList(0, 12) + "…" : draws), draws.equals(expectedDraws), "hint.mb.draw");
    equal("calls of optimizer.update" + what, iterations, net.updates(), "hint.mb.update-once");
    holds("every update got net.params() and the gradients of its own iteration" + what,
        net.everyUpdateGotTheNetworksParameters() && net.everyUpdateGotItsIterationsGradients(), "hint.mb.update-args");
    for (int[] m : net.accuracyMoments()) {
      holds("accuracy is taken after the gradient, the update and the loss of its iteration" + what + " (one was taken after " + m[0]
          + " gradients, " + m[1] + " updates and " + m[2] + " losses)", m[0] == m[1] && m[1] == m[2] && m[0] > 0, "hint.mb.accuracy-moment");
    }
    int perEpoch = Math.max(n / batch, 1), epochs = (iterations + perEpoch - 1) / perEpoch;
    equal("number of losses" + what, iterations, record.losses().length, "hint.mb.losses");
    equal("number of train accuracies, one per epoch started" + what, epochs, record.trainAccuracy().length, "hint.mb.epochs");
    equal("number of test accuracies, one per epoch started" + what, epochs, record.testAccuracy().length, "hint.mb.epochs");
    Judge.same("rows of every batch" + what, net.drawnRows(), SAME, "hint.mb.draw");
    Judge.same("targets of every batch" + what, net.drawnTargets(), SAME, "hint.mb.targets");
    Judge.same("parameters after every update" + what, net.trajectory(), SAME, "hint.mb.update-args");
    Judge.same("losses" + what, record.losses(), SAME, "hint.mb.losses");
    double[] iterationsOfAccuracy = net.accuracyMoments().stream().mapToDouble(m -> m[0] - 1).toArray();
    Judge.same("iterations at which accuracies were taken" + what, iterationsOfAccuracy, SAME, "hint.mb.epochs");
    Judge.same("train accuracy per epoch" + what, record.trainAccuracy(), SAME, "hint.mb.accuracy-sets");
    Judge.same("test accuracy per epoch" + what, record.testAccuracy(), SAME, "hint.mb.accuracy-sets");
  }

  /** A prime N that the batch does not divide: an epoch is ⌊13 / 4⌋ = 3 iterations, accuracies at 0, 3, 6, 9. */
  @Test
  void trajectoryAgreesWithTheReference(Implementations impl) {
    trainAndCompare(impl, "trajectory", 13, 7, 11, 4);
  }

  /** {@code max(N / batchSize, 1)}: a batch larger than the training set makes every iteration an epoch. */
  @Test
  void aBatchLargerThanTheTrainingSetMakesEveryIterationAnEpoch(Implementations impl) {
    trainAndCompare(impl, "larger-batch", 5, 3, 4, 7);
  }

  /** When the epoch divides the iterations there is no accuracy for a start that never comes: 12 iterations of 3 → 4 records. */
  @Test
  void iterationsThatAreWholeEpochsRecordNoExtraAccuracy(Implementations impl) {
    trainAndCompare(impl, "whole-epochs", 11, 5, 12, 3);
  }

  /** A single-row batch and an epoch of N iterations. */
  @Test
  void batchesOfOneRow(Implementations impl) {
    trainAndCompare(impl, "one-row", 3, 2, 7, 1);
  }

  @Test
  void noIterationsRecordNothing(Implementations impl) {
    trainAndCompare(impl, "none", 4, 2, 0, 2);
  }
}
