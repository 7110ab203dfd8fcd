package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.equal;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.TrainingData;
import dev.nngrade.contract.train.TrainingRecord;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.MINIBATCH_TRAIN)
public abstract class MiniBatchTrainingContract extends ExerciseContract {
  private static final int N = 20, TEST_N = 7, ITERATIONS = 10, BATCH = 5;

  private static TrainingData indexedData() {
    // row i of the training set holds i, so a batch tells which rows were drawn
    double[][] x = new double[N][1], t = new double[N][2];
    for (int i = 0; i < N; i++) {
      x[i][0] = i;
      t[i][i % 2] = 1;
    }
    return new TrainingData(x, t, new double[TEST_N][1], new double[TEST_N][2]);
  }

  private RecordingNetwork run(Implementations impl) {
    RecordingNetwork net = RecordingNetwork.counting();
    lastRecord = impl.get(MiniBatchTraining.class).train(net, net, indexedData(), ITERATIONS, BATCH, Numeric.random(seed()));
    return net;
  }

  private TrainingRecord lastRecord;

  @Test
  void batchesAreDrawnWithReplacementFromTheGenerator(Implementations impl) {
    RecordingNetwork net = run(impl);
    equal("calls of net.gradient", ITERATIONS, net.batches.size(), "hint.mb.gradient-once");
    RandomGenerator r = Numeric.random(seed());
    for (int it = 0; it < ITERATIONS; it++) {
      double[] expected = new double[BATCH];
      for (int k = 0; k < BATCH; k++) {
        expected[k] = r.nextInt(N);
      }
      double[][] batch = net.batches.get(it);
      double[] rows = new double[batch.length];
      for (int k = 0; k < batch.length; k++) {
        rows[k] = batch[k][0];
        close("target row " + k + " of batch " + it, ((int) batch[k][0]) % 2 == 0 ? new double[] {1, 0} : new double[] {0, 1}, net.targets.get(it)[k], Tolerance.abs(0), "hint.mb.targets");
      }
      close("rows drawn for batch " + it, expected, rows, Tolerance.abs(0), "hint.mb.draw");
    }
  }

  @Test
  @PublicInputs
  void theOptimizerUpdatesTheNetworksParametersOncePerStep(Implementations impl) {
    RecordingNetwork net = run(impl);
    equal("calls of optimizer.update", ITERATIONS, net.updatedParams.size(), "hint.mb.update-once");
    for (int it = 0; it < ITERATIONS; it++) {
      holds("update " + it + " got net.params()", net.updatedParams.get(it) == net.params, "hint.mb.update-args");
      holds("update " + it + " got the gradients of step " + it, net.updatedGrads.get(it) == net.gradients.get(it), "hint.mb.update-args");
    }
    List<String> steps = net.calls.stream().filter(c -> !c.equals("accuracy") && !c.equals("predict")).toList();
    for (int it = 0; it < ITERATIONS; it++) {
      holds("step " + it + " calls gradient, update, loss in this order (got " + steps + ")",
          steps.size() == 3 * ITERATIONS && steps.subList(3 * it, 3 * it + 3).equals(List.of("gradient", "update", "loss")), "hint.mb.order");
    }
    holds("numericalGradient is never called", !net.calls.contains("numericalGradient"), "hint.mb.numerical");
  }

  @Test
  @PublicInputs
  void lossesAndAccuraciesAreRecorded(Implementations impl) {
    RecordingNetwork net = run(impl);
    // the stand-in's loss counts its calls; its accuracy is (updates so far) + rows/1000
    close("losses", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, lastRecord.losses(), Tolerance.abs(0), "hint.mb.losses");
    for (int[] m : net.accuracyMoments()) {
      holds("accuracy is taken after the gradient, the update and the loss of its iteration (it was taken after " + m[0] + " gradients, "
          + m[1] + " updates and " + m[2] + " losses)", m[0] == m[1] && m[1] == m[2] && m[0] > 0, "hint.mb.accuracy-moment");
    }
    // one epoch = 20 / 5 = 4 iterations: accuracy at iterations 0, 4 and 8, after their updates
    close("train accuracy per epoch", new double[] {1 + N / 1000.0, 5 + N / 1000.0, 9 + N / 1000.0}, lastRecord.trainAccuracy(), Tolerance.abs(0), "hint.mb.epochs");
    close("test accuracy per epoch", new double[] {1 + TEST_N / 1000.0, 5 + TEST_N / 1000.0, 9 + TEST_N / 1000.0}, lastRecord.testAccuracy(), Tolerance.abs(0),
        "hint.mb.epochs");
  }
}
