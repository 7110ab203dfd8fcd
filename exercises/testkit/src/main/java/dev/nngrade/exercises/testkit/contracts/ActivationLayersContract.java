package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.gradient;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.layer.Layer;
import dev.nngrade.contract.layer.ReluLayer;
import dev.nngrade.contract.layer.SigmoidLayer;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.ACT_LAYERS)
public abstract class ActivationLayersContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-15, 1e-14);

  @Test
  @PublicInputs
  void sigmoidLayerWorkedOutByHand(Implementations impl) {
    SigmoidLayer s = impl.get(SigmoidLayer.class);
    // σ(0) = 1/2, σ(ln 3) = 3/4; backward: dout·y(1 − y) = 4·1/4, 16·3/16
    close("Sigmoid forward", new double[][] {{0.5, 0.75}}, s.forward(new double[][] {{0, Math.log(3)}}), EXACT, "hint.act.sigmoid");
    close("Sigmoid backward", new double[][] {{1, 3}}, s.backward(new double[][] {{4, 16}}), EXACT, "hint.act.sigmoid-backward");
  }

  @Test
  @PublicInputs
  void reluLayerMasksWhereTheInputWasNotPositive(Implementations impl) {
    ReluLayer relu = impl.get(ReluLayer.class);
    close("ReLU forward", new double[][] {{0, 0, 2}, {3, 0, 0}}, relu.forward(new double[][] {{-1, 0, 2}, {3, -0.5, 0}}), EXACT, "hint.act.relu");
    close("ReLU backward", new double[][] {{0, 0, 7}, {8, 0, 0}}, relu.backward(new double[][] {{5, 6, 7}, {8, 9, 10}}), EXACT, "hint.act.relu-backward");
  }

  @Test
  @Points(2)
  void backwardAgreesWithCentralDifferences(Implementations impl) {
    RandomGenerator r = random("numeric");
    for (int trial = 0; trial < trials(); trial++) {
      check(impl, SigmoidLayer.class, r, "hint.act.sigmoid-backward");
      check(impl, ReluLayer.class, r, "hint.act.relu-backward");
    }
  }

  private static void check(Implementations impl, Class<? extends Layer> type, RandomGenerator r, String hint) {
    int n = 1 + r.nextInt(3), k = 1 + r.nextInt(5);
    double[][] x = Numeric.awayFromZero(r, n, k, 0.01), dout = Numeric.uniform(r, n, k, -1, 1);
    Layer layer = impl.get(type);
    layer.forward(Numeric.copy(x));
    double[][] keptDout = Numeric.copy(dout);
    double[][] dx = layer.backward(dout);
    close(type.getSimpleName() + ": dout after backward (it must not change)", keptDout, dout, Tolerance.abs(0), "hint.layer.dout");
    Layer probe = impl.get(type);
    double[][] numeric = Numeric.gradient(x, () -> Numeric.weightedSum(probe.forward(Numeric.copy(x)), dout));
    gradient(type.getSimpleName() + " dX", numeric, dx, Tolerance.of(1e-8, 1e-7), hint);
  }
}
