package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.equal;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.train.SoftmaxClassifier;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.CLASSIFY)
public abstract class SoftmaxClassifierContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-15, 1e-13);

  @Test
  @PublicInputs
  void firstStepFromZeroWorkedOutByHand(Implementations impl) {
    SoftmaxClassifier c = impl.create(SoftmaxClassifier.class, 2, 3);
    double[][] x = {{1, 2}, {3, -1}};
    int[] labels = {0, 2};
    close("probabilities with W = 0, b = 0", new double[][] {{1.0 / 3, 1.0 / 3, 1.0 / 3}, {1.0 / 3, 1.0 / 3, 1.0 / 3}}, c.probabilities(x), EXACT, "hint.classify.probabilities");
    equal("predict with equal probabilities (the first class wins ties)", new int[] {0, 0}, c.predict(x), "hint.classify.predict");
    double loss = c.step(x, labels, 0.5);
    close("loss of the first step", -Math.log(1.0 / 3 + 1e-7), loss, EXACT, "hint.classify.loss");
    // P − T = (−2/3, 1/3, 1/3; 1/3, 1/3, −2/3); W = −0.5 Xᵀ (P − T)/2; b = −0.5 Σ_rows (P − T)/2
    double[][] diff = {{-2.0 / 3, 1.0 / 3, 1.0 / 3}, {1.0 / 3, 1.0 / 3, -2.0 / 3}};
    double[][] dw = Numeric.matmul(Numeric.transpose(x), diff);
    double[][] w = new double[2][3];
    double[] b = new double[3];
    for (int j = 0; j < 3; j++) {
      w[0][j] = -0.5 * dw[0][j] / 2;
      w[1][j] = -0.5 * dw[1][j] / 2;
      b[j] = -0.5 * (diff[0][j] + diff[1][j]) / 2;
    }
    close("W after one step", w, c.weights(), EXACT, "hint.classify.gradient");
    close("b after one step", b, c.bias(), EXACT, "hint.classify.gradient");
  }

  @Test
  void threeClustersAreSeparated(Implementations impl) {
    RandomGenerator r = random("clusters");
    double[][] centers = {{0, 3}, {3, -2}, {-3, -2}};
    int perClass = 40;
    double[][] x = new double[3 * perClass][];
    int[] labels = new int[3 * perClass];
    for (int i = 0; i < x.length; i++) {
      labels[i] = i % 3;
      x[i] = new double[] {centers[labels[i]][0] + 0.7 * r.nextGaussian(), centers[labels[i]][1] + 0.7 * r.nextGaussian()};
    }
    SoftmaxClassifier c = impl.create(SoftmaxClassifier.class, 2, 3);
    double first = c.step(x, labels, 0.5), last = first;
    for (int step = 1; step < 200; step++) {
      last = c.step(x, labels, 0.5);
    }
    holds("loss fell from " + first + " to " + last + " (below a quarter)", last < first / 4, "hint.classify.loss");
    int[] predicted = c.predict(x);
    int right = 0;
    for (int i = 0; i < x.length; i++) {
      right += predicted[i] == labels[i] ? 1 : 0;
    }
    holds("training accuracy " + right + "/" + x.length + " ≥ 95 %", right >= 0.95 * x.length, "hint.classify.predict");
  }
}
