package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.function.NumericalGradient;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.NUMERICAL_GRADIENT)
public abstract class NumericalGradientContract extends ExerciseContract {
  private static final ToDoubleFunction<double[]> SQUARES = x -> x[0] * x[0] + x[1] * x[1];

  @Test
  @Points(2)
  @PublicInputs
  void lectureExample(Implementations impl) {
    double[] x = {3, 4};
    double[] g = impl.get(NumericalGradient.class).gradient(SQUARES, x);
    close("∇f(3, 4) for f = x0² + x1²", new double[] {6, 8}, g, Tolerance.abs(1e-6), "hint.ng.central");
    close("x after gradient(f, x) (it must be restored)", new double[] {3, 4}, x, Tolerance.abs(0), "hint.ng.restore");
  }

  @Test
  @PublicInputs
  void itIsTheCentralDifferenceWithTheTextbookStep(Implementations impl) {
    NumericalGradient ng = impl.get(NumericalGradient.class);
    // x² at 0: a central difference gives exactly 0, a forward difference gives h
    close("gradient of x² at 0", 0, ng.gradient(x -> x[0] * x[0], new double[] {0})[0], Tolerance.abs(1e-12), "hint.ng.central");
    // x³ at 0: (h³ − (−h)³)/2h = h², which is 1e-8 only for h = 1e-4
    close("gradient of x³ at 0 (= h²)", 1e-8, ng.gradient(x -> x[0] * x[0] * x[0], new double[] {0})[0], Tolerance.of(1e-20, 1e-6), "hint.ng.step");
  }

  @Test
  @PublicInputs
  void gradientDescentOnTheLectureFunction(Implementations impl) {
    double[] init = {-3, 4};
    double[] x = impl.get(NumericalGradient.class).descend(SQUARES, init, 0.1, 100);
    // each step multiplies x by 1 − 2·0.1 = 0.8
    double shrink = Math.pow(0.8, 100);
    close("descend(f, (-3, 4), lr 0.1, 100 steps)", new double[] {-3 * shrink, 4 * shrink}, x, Tolerance.abs(1e-12), "hint.ng.descend");
    close("init after descend (it must not change)", new double[] {-3, 4}, init, Tolerance.abs(0), "hint.ng.restore");
  }

  @Test
  void gradientOfASmoothFunctionOfManyVariables(Implementations impl) {
    NumericalGradient ng = impl.get(NumericalGradient.class);
    RandomGenerator r = random("smooth");
    for (int trial = 0; trial < trials(); trial++) {
      double[] x = Numeric.uniform(r, 2 + r.nextInt(6), -2, 2);
      // f = Σ sin(x_i) x_{i+1}: ∂f/∂x_i = cos(x_i) x_{i+1} + sin(x_{i−1})
      ToDoubleFunction<double[]> f = v -> {
        double s = 0;
        for (int i = 0; i + 1 < v.length; i++) {
          s += Math.sin(v[i]) * v[i + 1];
        }
        return s;
      };
      double[] exact = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        exact[i] = (i + 1 < x.length ? Math.cos(x[i]) * x[i + 1] : 0) + (i > 0 ? Math.sin(x[i - 1]) : 0);
      }
      double[] moved = x.clone();
      double[] g = ng.gradient(f, moved);
      // an element left moved spoils the derivatives taken after it: that first
      close("x after gradient(f, x) (it must be restored)", x, moved, Tolerance.abs(0), "hint.ng.restore");
      close("∇ Σ sin(x_i) x_{i+1}", exact, g, Tolerance.of(1e-7, 1e-6), "hint.ng.central");
    }
  }
}
