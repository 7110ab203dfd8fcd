package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.equal;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.train.RegressionTraining;
import dev.nngrade.exercises.testkit.Expect;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.REGRESSION_TRAIN)
public abstract class RegressionTrainingContract extends ExerciseContract {
  private static final int ITERATIONS = 1000;
  private static final int SEEDS = 5;

  private static double mean(double[] v, int from, int to) {
    return Arrays.stream(v, from, to).sum() / (to - from);
  }

  @Test
  void lossFallsWithEitherActivation(Implementations impl) {
    RegressionTraining training = impl.get(RegressionTraining.class);
    for (HiddenActivation f : HiddenActivation.values()) {
      double[] ratios = new double[SEEDS];
      for (int s = 0; s < SEEDS; s++) {
        double[] losses = training.train(f, ITERATIONS, 0.07, Numeric.random(seed() + s));
        equal("number of losses", ITERATIONS, losses.length, "hint.rt.losses");
        holds("every loss is finite (" + f + ")", Arrays.stream(losses).allMatch(Double::isFinite), "hint.rt.diverges");
        ratios[s] = mean(losses, ITERATIONS - 200, ITERATIONS) / mean(losses, 0, 200);
      }
      Arrays.sort(ratios);
      // the median run ends with a mean loss well below its start
      holds("(" + f + ") median over " + SEEDS + " seeds of mean(last 200 losses)/mean(first 200) = " + Expect.num(ratios[SEEDS / 2]) + " < 0.3", ratios[SEEDS / 2] < 0.3, "hint.rt.falls");
    }
  }

  @Test
  void theSameGeneratorGivesTheSameLosses(Implementations impl) {
    RegressionTraining training = impl.get(RegressionTraining.class);
    double[] a = training.train(HiddenActivation.RELU, 50, 0.07, Numeric.random(seed()));
    double[] b = training.train(HiddenActivation.RELU, 50, 0.07, Numeric.random(seed()));
    close("losses of a second run with the same seed", a, b, Tolerance.abs(0), "hint.rt.random");
  }
}
