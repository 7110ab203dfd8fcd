package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;
import static dev.nngrade.exercises.testkit.Expect.rejects;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.train.GradientDescent;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.GD_STEP)
public abstract class GradientDescentContract extends ExerciseContract {
  @Test
  @PublicInputs
  void everyParameterMovesAgainstItsGradientInPlace(Implementations impl) {
    double[][] w1 = {{1, 2}}, b1 = {{0.5}};
    Map<String, double[][]> params = new LinkedHashMap<>(Map.of("W1", w1, "b1", b1));
    Map<String, double[][]> grads = Map.of("W1", new double[][] {{0.1, -0.2}}, "b1", new double[][] {{1}});
    impl.get(GradientDescent.class).stepInPlace(params, grads, 0.5);
    // W1 − 0.5·(0.1, −0.2) = (0.95, 2.1); b1 − 0.5·1 = 0
    holds("params.get(\"W1\") is still the same array (update in place)", params.get("W1") == w1, "hint.gd.in-place");
    close("W1", new double[][] {{0.95, 2.1}}, w1, Tolerance.abs(1e-15), "hint.gd.sign");
    close("b1", new double[][] {{0}}, b1, Tolerance.abs(1e-15), "hint.gd.sign");
  }

  @Test
  @PublicInputs
  void mismatchedGradientsAreRejectedAndNothingChanges(Implementations impl) {
    GradientDescent gd = impl.get(GradientDescent.class);
    double[][] w = {{1, 2}};
    Map<String, double[][]> params = Map.of("W1", w, "b1", new double[][] {{3}});
    rejects("a gradient map without b1", "hint.gd.reject", () -> gd.stepInPlace(params, Map.of("W1", new double[][] {{1, 1}}), 0.1));
    rejects("a gradient of the wrong shape", "hint.gd.reject", () -> gd.stepInPlace(params, Map.of("W1", new double[][] {{1, 1, 1}}, "b1", new double[][] {{1}}), 0.1));
    close("W1 after rejected updates", new double[][] {{1, 2}}, w, Tolerance.abs(0), "hint.gd.atomic");
  }
}
