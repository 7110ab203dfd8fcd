package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.function.Softmax;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.SOFTMAX)
public abstract class SoftmaxContract extends ExerciseContract {
  private static final Tolerance TIGHT = Tolerance.of(1e-15, 1e-13);

  @Test
  @Points(2)
  @PublicInputs
  void lectureScores(Implementations impl) {
    // lecture 003 prints three decimals: (4, 8, 2) → (0.018, 0.980, 0.002)
    double[] y = impl.get(Softmax.class).softmax(new double[] {4, 8, 2});
    close("softmax(4, 8, 2)", new double[] {0.018, 0.980, 0.002}, y, Tolerance.abs(5e-4), "hint.softmax.formula");
  }

  @Test
  @PublicInputs
  void exactValuesOfASmallCase(Implementations impl) {
    // exp(0) : exp(ln 3) = 1 : 3
    double[] y = impl.get(Softmax.class).softmax(new double[] {0, Math.log(3)});
    close("softmax(0, ln 3)", new double[] {0.25, 0.75}, y, TIGHT, "hint.softmax.formula");
  }

  @Test
  @PublicInputs
  void hugeScoresDoNotOverflow(Implementations impl) {
    Softmax s = impl.get(Softmax.class);
    close("softmax(1000, 1000)", new double[] {0.5, 0.5}, s.softmax(new double[] {1000, 1000}), TIGHT, "hint.softmax.overflow");
    close("softmax(1000, 1000 + ln 3)", new double[] {0.25, 0.75}, s.softmax(new double[] {1000, 1000 + Math.log(3)}), Tolerance.of(1e-13, 1e-12), "hint.softmax.overflow");
    close("softmax(-1000, 0)", new double[] {0, 1}, s.softmax(new double[] {-1000, 0}), TIGHT, "hint.softmax.overflow");
  }

  @Test
  @PublicInputs
  void batchRowsAreSoftmaxedOneByOne(Implementations impl) {
    Softmax s = impl.get(Softmax.class);
    double[][] y = s.softmax(new double[][] {{0, Math.log(3)}, {1000, 1000}, {Math.log(2), 0}});
    close("softmax of a batch of 3 rows", new double[][] {{0.25, 0.75}, {0.5, 0.5}, {2.0 / 3, 1.0 / 3}}, y, TIGHT, "hint.softmax.rows");
  }

  @Test
  void rowsSumToOneAndShiftingChangesNothing(Implementations impl) {
    Softmax s = impl.get(Softmax.class);
    RandomGenerator r = random("properties");
    for (int trial = 0; trial < trials(); trial++) {
      int n = 1 + r.nextInt(4), k = 2 + r.nextInt(8);
      double[][] a = Numeric.uniform(r, n, k, -10, 10);
      double[][] before = Numeric.copy(a);
      double[][] y = s.softmax(a);
      close("the input of softmax (it must not change)", before, a, Tolerance.abs(0), "hint.softmax.input");
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (double v : y[i]) {
          sum += v;
        }
        close("Σ softmax row " + i, 1, sum, Tolerance.abs(1e-12), "hint.softmax.formula");
        double[] row = a[i].clone();
        s.softmax(row);
        close("row " + i + " after the 1-D softmax of it (it must not change)", a[i], row, Tolerance.abs(0), "hint.softmax.input");
        double[] shifted = a[i].clone();
        for (int j = 0; j < k; j++) {
          shifted[j] += 100;
        }
        close("softmax(a + 100) vs softmax(a)", s.softmax(a[i]), s.softmax(shifted), Tolerance.of(1e-15, 1e-12), "hint.softmax.overflow");
        close("row " + i + " of the batch vs the 1-D softmax", s.softmax(a[i]), y[i], Tolerance.of(1e-15, 1e-13), "hint.softmax.rows");
      }
    }
  }
}
