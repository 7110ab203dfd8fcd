package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import dev.nngrade.exercises.testkit.Course;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.DROPOUT)
public abstract class DropoutContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-15, 1e-15);

  /** The form checked: the course's choice. */
  protected DropoutForm form() {
    return Course.current().dropout();
  }

  @Test
  void trainingMaskComesFromTheGeneratorInRowMajorOrder(Implementations impl) {
    double ratio = 0.4;
    DropoutForm form = form();
    double[][] x = Numeric.uniform(random("x"), 3, 4, -1, 1);
    DropoutLayer layer = impl.create(DropoutLayer.class, ratio, form, Numeric.random(seed()));
    double[][] out = layer.forward(Numeric.copy(x), true);
    RandomGenerator same = Numeric.random(seed());
    double scale = form == DropoutForm.INVERTED ? 1 / (1 - ratio) : 1;
    double[][] mask = new double[3][4], expected = new double[3][4], dout = new double[3][4], dx = new double[3][4];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        mask[i][j] = same.nextDouble() > ratio ? scale : 0;
        expected[i][j] = x[i][j] * mask[i][j];
        dout[i][j] = i - j;
        dx[i][j] = dout[i][j] * mask[i][j];
      }
    }
    close("training forward (" + form + ")", expected, out, EXACT, "hint.dropout.mask");
    close("backward through the same mask (" + form + ")", dx, layer.backward(dout), EXACT, "hint.dropout.backward");
  }

  @Test
  void inferenceScalesByTheConvention(Implementations impl) {
    DropoutForm form = form();
    DropoutLayer layer = impl.create(DropoutLayer.class, 0.25, form, Numeric.random(seed()));
    double[][] x = {{1, -2}, {4, 0.5}};
    double[][] expected = form == DropoutForm.SCALE_AT_INFERENCE ? new double[][] {{0.75, -1.5}, {3, 0.375}} : x;
    close("inference forward (" + form + ")", expected, layer.forward(Numeric.copy(x), false), EXACT, "hint.dropout.inference");
  }
}
