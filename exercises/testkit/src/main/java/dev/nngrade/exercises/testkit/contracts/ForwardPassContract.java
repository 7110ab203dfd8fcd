package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.ForwardTrace;
import dev.nngrade.contract.net.ForwardWeights;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.FORWARD3)
public abstract class ForwardPassContract extends ExerciseContract {
  /** The weights lecture 002 printed for its 3-5-4 network (8 significant digits). */
  public static ForwardWeights lectureWeights() {
    return new ForwardWeights(
        new double[][] {
          {0.82170159, 0.69423859, 0.32978581, 0.80963016, 0.63349563},
          {0.303549, 0.0483753, 0.48834144, 0.14278324, 0.73894736},
          {0.97807563, 0.32094065, 0.25591134, 0.61541109, 0.92212197}
        },
        new double[] {0.38976826, 0.4170236, 0.05199498, 0.45549633, 0.09089713},
        new double[][] {
          {0.24863542, 0.8769228, 0.24340611, 0.82396951},
          {0.85398749, 0.90928363, 0.80615185, 0.84388483},
          {0.2422982, 0.49443733, 0.65472751, 0.61487176},
          {0.03586267, 0.62239113, 0.53038497, 0.22515723},
          {0.73841218, 0.01617789, 0.97770196, 0.12256726}
        },
        new double[] {0.47536492, 0.90916441, 0.18436067, 0.28082877});
  }

  // The lecture prints 8 significant digits of weights and outputs, so its outputs agree to about 1e-7.
  private static final Tolerance PRINTED = Tolerance.abs(1e-7);

  @Test
  @Points(2)
  @PublicInputs
  void lectureNetworkGivesThePrintedOutputs(Implementations impl) {
    ForwardTrace t = impl.get(ForwardPass.class).forward(lectureWeights(), new double[] {1, 2, 3});
    close("u2", new double[] {7.81685463, 10.2967736, 11.14286327, 8.71009687}, t.u2(), PRINTED, "hint.forward3.u2");
    close("y = softmax(u2)", new double[] {0.02314258, 0.27632932, 0.64398989, 0.05653821}, t.y(), PRINTED, "hint.forward3.y");
  }

  @Test
  @Points(2)
  @PublicInputs
  void lectureNetworkGivesThePrintedLoss(Implementations impl) {
    double loss = impl.get(ForwardPass.class).loss(lectureWeights(), new double[] {1, 2, 3}, new double[] {0, 0, 0, 1});
    close("cross-entropy", 2.872836881649026, loss, PRINTED, "hint.forward3.loss");
  }

  @Test
  void hiddenLayerIsTheReluOfItsTotalInput(Implementations impl) {
    ForwardPass f = impl.get(ForwardPass.class);
    RandomGenerator r = random("relu");
    for (int trial = 0; trial < trials(); trial++) {
      ForwardWeights w = new ForwardWeights(Numeric.uniform(r, 3, 5, -1, 1), Numeric.uniform(r, 5, -1, 1), Numeric.uniform(r, 5, 4, -1, 1), Numeric.uniform(r, 4, -1, 1));
      double[] x = Numeric.uniform(r, 3, -2, 2);
      ForwardTrace t = f.forward(w, x);
      double[] u1 = new double[5], z1 = new double[5];
      for (int j = 0; j < 5; j++) {
        u1[j] = w.b1()[j];
        for (int i = 0; i < 3; i++) {
          u1[j] += x[i] * w.w1()[i][j];
        }
        z1[j] = Math.max(0, u1[j]);
      }
      close("u1 = x W1 + b1", u1, t.u1(), Tolerance.of(1e-12, 1e-12), "hint.forward3.u1");
      close("z1 = ReLU(u1)", z1, t.z1(), Tolerance.of(1e-12, 1e-12), "hint.forward3.z1");
      double sum = 0;
      for (double v : t.y()) {
        sum += v;
      }
      close("Σ y", 1.0, sum, Tolerance.abs(1e-12), "hint.forward3.y");
      holds("y[k] ≥ 0", java.util.Arrays.stream(t.y()).allMatch(v -> v >= 0), "hint.forward3.y");
    }
  }
}
