package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.gradient;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.layer.SoftmaxWithLossLayer;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.SOFTMAX_LOSS)
public abstract class SoftmaxWithLossContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-15, 1e-13);

  @Test
  @PublicInputs
  void smallBatchWorkedOutByHand(Implementations impl) {
    SoftmaxWithLossLayer layer = impl.get(SoftmaxWithLossLayer.class);
    // rows: softmax(0, ln 3) = (1/4, 3/4) with target 1; softmax(ln 2, 0) = (2/3, 1/3) with target 0
    double[][] x = {{0, Math.log(3)}, {Math.log(2), 0}};
    double[][] t = {{0, 1}, {1, 0}};
    double loss = layer.forward(x, t);
    close("loss (batch mean, + 1e-7 in the log)", -(Math.log(0.75 + 1e-7) + Math.log(2.0 / 3 + 1e-7)) / 2, loss, EXACT, "hint.swl.loss");
    close("output", new double[][] {{0.25, 0.75}, {2.0 / 3, 1.0 / 3}}, layer.output(), EXACT, "hint.swl.loss");
    close("backward = (y − t)/N", new double[][] {{0.125, -0.125}, {-1.0 / 6, 1.0 / 6}}, layer.backward(), EXACT, "hint.swl.backward");
  }

  @Test
  @Points(2)
  void backwardAgreesWithCentralDifferences(Implementations impl) {
    RandomGenerator r = random("numeric");
    for (int trial = 0; trial < trials(); trial++) {
      int n = 1 + r.nextInt(4), k = 2 + r.nextInt(5);
      double[][] x = Numeric.uniform(r, n, k, -3, 3), t = new double[n][k];
      for (double[] row : t) {
        row[r.nextInt(k)] = 1;
      }
      SoftmaxWithLossLayer layer = impl.get(SoftmaxWithLossLayer.class);
      layer.forward(x, t);
      double[][] dx = layer.backward();
      SoftmaxWithLossLayer probe = impl.get(SoftmaxWithLossLayer.class);
      // the textbook's backward (y − t)/N ignores the 1e-7 in the log: the loss's true gradient is
      // y_t/(y_t + 1e-7) times it, off by at most 1e-7/(N·y_t) per element, which grows where the
      // correct class has a tiny probability; the tolerance takes the largest such gap of this batch
      double gap = 0;
      for (int i = 0; i < n; i++) {
        gap = Math.max(gap, 1e-7 / (n * probability(x[i], argmax(t[i]))));
      }
      gradient("dX (" + n + "x" + k + ")", Numeric.gradient(x, () -> probe.forward(x, t)), dx, Tolerance.of(1e-5 + 1.01 * gap, 1e-5), "hint.swl.backward");
    }
  }

  /** softmax(row)[j], computed here, independent of the implementation under test. */
  private static double probability(double[] row, int j) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : row) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : row) {
      sum += Math.exp(v - max);
    }
    return Math.exp(row[j] - max) / sum;
  }

  private static int argmax(double[] row) {
    int best = 0;
    for (int j = 1; j < row.length; j++) {
      if (row[j] > row[best]) {
        best = j;
      }
    }
    return best;
  }
}
