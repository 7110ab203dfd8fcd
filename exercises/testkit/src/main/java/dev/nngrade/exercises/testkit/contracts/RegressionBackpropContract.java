package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.gradient;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.RegressionForward;
import dev.nngrade.contract.net.RegressionParams;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.BACKPROP2)
public abstract class RegressionBackpropContract extends ExerciseContract {
  /**
   * The hand-worked values are exact in double; 1e-9 is far below any wrong formula and above the
   * rounding of a numerical gradient, which the hidden suite tells apart from backprop on its own.
   */
  private static final Tolerance EXACT = Tolerance.of(1e-9, 1e-9);

  private static RegressionParams handParams() {
    return new RegressionParams(new double[][] {{0.5, -1}, {0.25, 1}}, new double[] {0, 0.5}, new double[] {2, -1}, new double[] {0.5});
  }

  @Test
  @PublicInputs
  void reluNetworkWorkedOutByHand(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    double[] x = {1, 2};
    // u1 = x W1 + b1 = (0.5 + 0.5, −1 + 2 + 0.5) = (1, 1.5) = z1; y = 2·1 − 1.5 + 0.5 = 1
    RegressionForward fwd = bp.forward(handParams(), x, HiddenActivation.RELU);
    close("z1", new double[] {1, 1.5}, fwd.z1(), EXACT, "hint.bp.forward");
    close("y", 1, fwd.y(), EXACT, "hint.bp.forward");
    // d = 3: delta2 = y − d = −2; dW2 = z1·delta2; delta1 = delta2·W2 ⊙ (1, 1) = (−4, 2); dW1 = xᵀ delta1
    RegressionParams g = bp.backward(handParams(), x, 3, fwd, HiddenActivation.RELU);
    close("dW2", new double[] {-2, -3}, g.w2(), EXACT, "hint.bp.delta2");
    close("db2", new double[] {-2}, g.b2(), EXACT, "hint.bp.delta2");
    close("db1", new double[] {-4, 2}, g.b1(), EXACT, "hint.bp.delta1");
    close("dW1", new double[][] {{-4, 2}, {-8, 4}}, g.w1(), EXACT, "hint.bp.dw1");
  }

  @Test
  @PublicInputs
  void backwardReusesWhatForwardComputed(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    // 確認テスト12: backward takes z1 and y from forward; given other values it must use them as they are
    RegressionForward given = new RegressionForward(new double[] {0.25, 0.5}, 2.0);
    RegressionParams g = bp.backward(handParams(), new double[] {1, 2}, 3, given, HiddenActivation.SIGMOID);
    // delta2 = 2 − 3 = −1; dW2 = z1·delta2; delta1 = −1·(2, −1) ⊙ z1(1 − z1) = (−2·0.1875, 0.25)
    close("dW2 from the given z1", new double[] {-0.25, -0.5}, g.w2(), EXACT, "hint.bp.reuse");
    close("db1 from the given z1", new double[] {-0.375, 0.25}, g.b1(), EXACT, "hint.bp.delta1");
  }

  /** The test's own forward pass: y = f(x W1 + b1)·W2 + b2. */
  private static double outputOf(RegressionParams p, double[] x, HiddenActivation f) {
    double y = p.b2()[0];
    for (int j = 0; j < p.b1().length; j++) {
      double u = x[0] * p.w1()[0][j] + x[1] * p.w1()[1][j] + p.b1()[j];
      y += (f == HiddenActivation.RELU ? Math.max(0, u) : 1 / (1 + Math.exp(-u))) * p.w2()[j];
    }
    return y;
  }

  @Test
  @Points(2)
  void gradientsAgreeWithCentralDifferences(Implementations impl) {
    RegressionBackprop bp = impl.get(RegressionBackprop.class);
    RandomGenerator r = random("numeric");
    for (HiddenActivation f : HiddenActivation.values()) {
      for (int trial = 0; trial < trials(); trial++) {
        int h = 2 + r.nextInt(5);
        RegressionParams p = new RegressionParams(Numeric.awayFromZero(r, 2, h, 0.05), Numeric.uniform(r, h, -0.1, 0.1), Numeric.uniform(r, h, -1, 1), Numeric.uniform(r, 1, -1, 1));
        double[] x = Numeric.uniform(r, 2, 0.2, 1);
        double d = 2 * x[0] + 3 * x[1];
        RegressionForward fwd = bp.forward(p, x, f);
        RegressionParams g = bp.backward(p, x, d, fwd, f);
        java.util.function.DoubleSupplier loss = () -> (outputOf(p, x, f) - d) * (outputOf(p, x, f) - d) / 2;
        // backward starts from forward's y: that first (the output is z1·W2 + b2, no activation on it)
        close("y of forward (" + f + ", H = " + h + ")", outputOf(p, x, f), fwd.y(), Tolerance.of(1e-12, 1e-12), "hint.bp.forward");
        Tolerance tol = Tolerance.of(1e-7, 1e-6);
        // from the output back: the first gradient off names the first step of backprop that went wrong
        gradient("db2 (" + f + ")", Numeric.gradient(p.b2(), loss), g.b2(), tol, "hint.bp.delta2");
        gradient("dW2 (" + f + ")", Numeric.gradient(p.w2(), loss), g.w2(), tol, "hint.bp.delta2");
        gradient("db1 (" + f + ")", Numeric.gradient(p.b1(), loss), g.b1(), tol, "hint.bp.delta1");
        gradient("dW1 (" + f + ")", Numeric.gradient(p.w1(), loss), g.w1(), tol, "hint.bp.dw1");
      }
    }
  }
}
