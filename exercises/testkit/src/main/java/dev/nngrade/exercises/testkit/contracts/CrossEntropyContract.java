package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.rejects;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.function.CrossEntropy;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Tolerance;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.CROSS_ENTROPY)
public abstract class CrossEntropyContract extends ExerciseContract {
  /** Lecture 004's (the textbook's) example output. */
  static final double[] BOOK_Y = {0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0};

  static double[] oneHot(int k, int n) {
    double[] t = new double[n];
    t[k] = 1;
    return t;
  }

  private static final Tolerance TIGHT = Tolerance.of(1e-15, 1e-13);

  @Test
  @Points(2)
  @PublicInputs
  void lectureExample(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    // lecture 004 prints 0.51082 (= −ln(0.6 + 1e-7) = 0.510825457…)
    close("cross-entropy (one-hot), lecture 004", 0.51082, ce.oneHot(BOOK_Y, oneHot(2, 10)), Tolerance.abs(1e-5), "hint.ce.formula");
    close("cross-entropy (label 2)", -Math.log(0.6 + 1e-7), ce.label(BOOK_Y, 2), TIGHT, "hint.ce.delta");
  }

  @Test
  @PublicInputs
  void zeroProbabilityAtTheTargetStaysFinite(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    // y[3] = 0: −ln(0 + 1e-7) = 7 ln 10
    close("cross-entropy when y[t] = 0", 7 * Math.log(10), ce.label(BOOK_Y, 3), TIGHT, "hint.ce.delta");
    close("cross-entropy (one-hot) when y[t] = 0", 7 * Math.log(10), ce.oneHot(BOOK_Y, oneHot(3, 10)), TIGHT, "hint.ce.delta");
  }

  @Test
  @PublicInputs
  void batchIsTheMeanOverRows(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    double[][] y = {{0.25, 0.75}, {0.5, 0.5}};
    double expected = -(Math.log(0.75 + 1e-7) + Math.log(0.5 + 1e-7)) / 2;
    close("batch cross-entropy (labels)", expected, ce.batchLabels(y, new int[] {1, 0}), TIGHT, "hint.ce.batch");
    close("batch cross-entropy (one-hot)", expected, ce.batchOneHot(y, new double[][] {{0, 1}, {1, 0}}), TIGHT, "hint.ce.batch");
  }

  @Test
  @PublicInputs
  void badTargetsAreRejected(Implementations impl) {
    CrossEntropy ce = impl.get(CrossEntropy.class);
    rejects("label(y of 10 classes, 10)", "hint.ce.reject-label", () -> ce.label(BOOK_Y, 10));
    rejects("label(y, -1)", "hint.ce.reject-label", () -> ce.label(BOOK_Y, -1));
    rejects("oneHot(y [10], t [3])", "hint.ce.reject-shape", () -> ce.oneHot(BOOK_Y, new double[3]));
    rejects("batchLabels(y [2][2], t [3])", "hint.ce.reject-shape", () -> ce.batchLabels(new double[2][2], new int[3]));
  }
}
