package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.gradient;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;
import dev.nngrade.exercises.testkit.Course;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.SQUARED_ERROR)
public abstract class SquaredErrorContract extends ExerciseContract {
  /** The forms checked: the course's choice; hidden suites may check more. */
  protected List<SquaredErrorForm> forms() {
    return List.of(Course.current().squaredError());
  }

  @Test
  @Points(2)
  @PublicInputs
  void lectureExample(Implementations impl) {
    SquaredError se = impl.get(SquaredError.class);
    double[] t = CrossEntropyContract.oneHot(2, 10);
    // Σ(y − t)² = 0.01 + 0.0025 + 0.16 + 0.0025 + 0.01 + 0.01 = 0.195 over K = 10 elements
    for (SquaredErrorForm form : forms()) {
      double expected = switch (form) {
        case HALF_SUM -> 0.0975; // lecture 004's printed value
        case HALF_MEAN -> 0.00975;
        case MEAN -> 0.0195;
      };
      close("squared error (" + form + ")", expected, se.loss(CrossEntropyContract.BOOK_Y, t, form), Tolerance.of(1e-15, 1e-12), "hint.se." + form.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void gradientIsTheDerivativeOfTheLoss(Implementations impl) {
    SquaredError se = impl.get(SquaredError.class);
    RandomGenerator r = random("gradient");
    for (SquaredErrorForm form : forms()) {
      for (int trial = 0; trial < trials(); trial++) {
        int k = 1 + r.nextInt(6);
        double[] y = Numeric.uniform(r, k, -1, 1), t = Numeric.uniform(r, k, -1, 1);
        double[] numeric = Numeric.gradient(y, () -> se.loss(y, t, form));
        gradient("gradient (" + form + ")", numeric, se.gradient(y, t, form), Tolerance.of(1e-8, 1e-6), "hint.se.gradient");
      }
    }
  }
}
