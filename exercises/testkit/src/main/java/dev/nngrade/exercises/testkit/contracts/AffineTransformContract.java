package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.rejects;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.function.AffineTransform;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.AFFINE)
public abstract class AffineTransformContract extends ExerciseContract {
  private static final Tolerance TOL = Tolerance.of(1e-12, 1e-12);

  @Test
  @PublicInputs
  void columnFormOfASmallExample(Implementations impl) {
    // W [3][2], x [2], b [3]: u = (1+2+0.5, 3+4+0, 5+6-1)
    double[][] w = {{1, 2}, {3, 4}, {5, 6}};
    double[] u = impl.get(AffineTransform.class).column(w, new double[] {1, 1}, new double[] {0.5, 0, -1});
    close("column(W, x, b)", new double[] {3.5, 7, 10}, u, TOL, "hint.affine.column");
  }

  @Test
  @PublicInputs
  void rowFormOfASmallExample(Implementations impl) {
    // X [2][2], W [2][3], b [3]: row 0 = (1, 2, 1·2+2·3) + 1, row 1 = (3, 4, 3·2+4·3) + 1
    double[][] x = {{1, 2}, {3, 4}};
    double[][] w = {{1, 0, 2}, {0, 1, 3}};
    double[][] u = impl.get(AffineTransform.class).rows(x, w, new double[] {1, 1, 1});
    close("rows(X, W, b)", new double[][] {{2, 3, 9}, {4, 5, 19}}, u, TOL, "hint.affine.rows");
  }

  @Test
  void bothFormsAgreeOnRandomInputs(Implementations impl) {
    AffineTransform f = impl.get(AffineTransform.class);
    RandomGenerator r = random("agree");
    for (int trial = 0; trial < trials(); trial++) {
      int in = 1 + r.nextInt(6), out = 1 + r.nextInt(6);
      double[][] w = Numeric.uniform(r, out, in, -1, 1);
      double[] x = Numeric.uniform(r, in, -1, 1), b = Numeric.uniform(r, out, -1, 1);
      double[] expected = new double[out];
      for (int i = 0; i < out; i++) {
        expected[i] = b[i];
        for (int j = 0; j < in; j++) {
          expected[i] += w[i][j] * x[j];
        }
      }
      double[] b0 = b.clone(), x0 = x.clone();
      close("column(W, x, b), W " + out + "x" + in, expected, f.column(w, x, b), TOL, "hint.affine.column");
      close("b after column(W, x, b) (it must not change)", b0, b, Tolerance.abs(0), "hint.affine.inputs");
      close("x after column(W, x, b) (it must not change)", x0, x, Tolerance.abs(0), "hint.affine.inputs");
      double[][] rows = f.rows(new double[][] {x}, Numeric.transpose(w), b);
      close("rows(X, Wᵀ, b) with one row", new double[][] {expected}, rows, TOL, "hint.affine.rows");
    }
  }

  @Test
  @PublicInputs
  void shapesThatDoNotFitAreRejected(Implementations impl) {
    AffineTransform f = impl.get(AffineTransform.class);
    rejects("column(W [3][2], x [3], b [3])", "hint.affine.reject-column", () -> f.column(new double[3][2], new double[3], new double[3]));
    rejects("rows(X [2][3], W [2][2], b [2])", "hint.affine.reject-rows", () -> f.rows(new double[2][3], new double[2][2], new double[2]));
    rejects("rows(X [1][2], W [2][2], b [3])", "hint.affine.reject-rows", () -> f.rows(new double[1][2], new double[2][2], new double[3]));
  }
}
