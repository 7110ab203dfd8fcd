package dev.nngrade.nn;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.function.CrossEntropy;
import dev.nngrade.nn.function.Linearity;
import dev.nngrade.nn.function.Softmax;
import dev.nngrade.nn.function.SquaredError;
import dev.nngrade.nn.gradient.NumericalGradient;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.net.ForwardDemo;
import dev.nngrade.nn.net.Perceptron;
import dev.nngrade.nn.testkit.TensorAssertions;
import dev.nngrade.nn.testkit.Tolerance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every worked example of design.md's exercise catalogue, with the numbers the lectures print. */
class WorkedExamplesTests {
  /** DLFS §4.2 and lecture 004: the "2" is most likely at 0.6. */
  static final double[] Y = {0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0};
  static final double[] T = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0};

  @Nested
  class Lecture004 {
    @Test
    void halfSumOfSquaresIs00975() {
      assertEquals(0.0975, SquaredError.HALF_SUM.of(Y, T), 1e-15);
    }

    @Test
    void crossEntropyIs051082WithALabelOrAOneHotTarget() {
      // -log(0.6 + 1e-7) = 0.510825457099338...; the lecture prints 0.51082
      assertEquals(0.51082, CrossEntropy.of(Y, 2), 1e-5); // the lecture truncates 0.5108254570993...
      assertEquals(-Math.log(0.6 + 1e-7), CrossEntropy.of(Y, T));
      assertEquals(CrossEntropy.of(Y, 2), CrossEntropy.batch(new double[][] {Y, Y}, new int[] {2, 2}));
    }

    /** DLFS §4.4 / lecture 004: the gradient of x0^2 + x1^2 at (3, 4) is (6, 8); descent from (-3, 4) reaches 0. */
    @Test
    void numericalGradientOfTheSumOfSquares() {
      double[] g = NumericalGradient.of(x -> x[0] * x[0] + x[1] * x[1], new double[] {3.0, 4.0});
      TensorAssertions.assertClose(new double[] {6, 8}, g, Tolerance.of(1e-9, 0), "grad f(3, 4)");
      double[] end = NumericalGradient.descend(x -> x[0] * x[0] + x[1] * x[1], new double[] {-3.0, 4.0}, 0.1, 100);
      // the textbook prints [-6.11e-10, 8.15e-10]: 0.8^100 of the start
      TensorAssertions.assertClose(new double[] {-3 * Math.pow(0.8, 100), 4 * Math.pow(0.8, 100)}, end,
          Tolerance.of(1e-15, 1e-6), "descent from (-3, 4)");
    }
  }

  @Nested
  class Lecture003 {
    /** Scores (4, 8, 2) give probabilities (0.018, 0.980, 0.002) to three places. */
    @Test
    void softmaxOfFourEightTwo() {
      double[] p = Softmax.of(new double[] {4, 8, 2});
      assertAll(
          () -> assertEquals(0.018, p[0], 0.0005),
          () -> assertEquals(0.980, p[1], 0.0005),
          () -> assertEquals(0.002, p[2], 0.0005),
          () -> assertEquals(1.0, p[0] + p[1] + p[2], 1e-15));
    }
  }

  @Nested
  class Lecture002 {
    final CpuBackend be = new CpuBackend(1);

    /**
     * The 3-5-4 network with the lecture's printed weights (8 digits) and x = (1, 2, 3). The lecture
     * prints u2 = [7.81685463 10.2967736 11.14286327 8.71009687] and y = [0.02314258 0.27632932
     * 0.64398989 0.05653821] from weights it printed to 8 digits, so agreement is to about 1e-7.
     */
    @Test
    void threeFiveFourForwardPass() {
      ForwardDemo.Trace t = new ForwardDemo(be, ForwardDemo.LECTURE_002).forward(new double[] {1, 2, 3});
      TensorAssertions.assertClose(new double[] {4.75279476, 2.17083474, 2.12619768, 3.39692624, 4.96865338}, t.u1(),
          Tolerance.of(5e-8, 0), "u1");
      TensorAssertions.assertClose(t.u1(), t.z1(), Tolerance.EXACT, "z1 = relu(u1) (all positive)");
      TensorAssertions.assertClose(new double[] {7.81685463, 10.2967736, 11.14286327, 8.71009687}, t.u2(),
          Tolerance.of(1e-7, 0), "u2");
      TensorAssertions.assertClose(new double[] {0.02314258, 0.27632932, 0.64398989, 0.05653821}, t.y(),
          Tolerance.of(2e-8, 0), "y");
      double ce = ForwardDemo.crossEntropy(t.y(), new double[] {0, 0, 0, 1});
      assertEquals(2.872836881649026, ce, 1e-7);
    }

    /** The lecture's CE from its own printed y: -log(0.05653821 + 1e-7) agrees with 2.872836881649026 to the 8 printed digits. */
    @Test
    void crossEntropyOfThePrintedOutput() {
      double ce = CrossEntropy.of(new double[] {0.02314258, 0.27632932, 0.64398989, 0.05653821}, new double[] {0, 0, 0, 1});
      assertEquals(2.872836881649026, ce, 1e-7);
    }

    /** 確認テスト5: ReLU is not linear; x -> 3x is. */
    @Test
    void linearity() {
      Linearity.Verdict relu = Linearity.check(Activation.RELU::apply, Seeds.generator(1), 100, 1e-12);
      Linearity.Verdict triple = Linearity.check(x -> 3 * x, Seeds.generator(1), 100, 1e-12);
      assertFalse(relu.linear(), "ReLU judged linear");
      assertFalse(relu.homogeneous(), "ReLU(kx) = k ReLU(x) fails for negative k");
      assertTrue(triple.linear(), triple.counterexample());
    }

    @Test
    void squaredErrorVariantsOnOneExample() {
      double[] y = {1, 2}, d = {0, 4}; // differences 1 and -2: squares 1 and 4
      assertAll(
          () -> assertEquals(2.5, SquaredError.HALF_SUM.of(y, d)),
          () -> assertEquals(1.25, SquaredError.HALF_MEAN.of(y, d)),
          () -> assertEquals(2.5, SquaredError.MEAN.of(y, d)));
    }
  }

  @Nested
  class Lecture001 {
    static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    int train(int[] labels, Activation f) {
      Perceptron p = new Perceptron(2, f, 0.1);
      return p.train(X, labels, 1000, Seeds.generator(3));
    }

    @Test
    void andAndOrAreLearnableXorIsNot() {
      assertTrue(train(new int[] {0, 0, 0, 1}, Activation.STEP) > 0, "AND");
      assertTrue(train(new int[] {0, 1, 1, 1}, Activation.STEP) > 0, "OR");
      assertEquals(-1, train(new int[] {0, 1, 1, 0}, Activation.STEP), "XOR must not be separable");
      assertTrue(train(new int[] {0, 0, 0, 1}, Activation.SIGMOID) > 0, "AND with the sigmoid rule");
    }

    /** One application of w <- w + eta (y - yhat) x from zero weights: yhat = step(0) = 0, so w = 0.1 x. */
    @Test
    void learningRuleStep() {
      Perceptron p = new Perceptron(2, Activation.STEP, 0.1);
      p.learn(new double[] {1, 0.5}, 1);
      TensorAssertions.assertClose(new double[] {0.1, 0.05}, p.weights(), Tolerance.EXACT, "w");
      assertEquals(-0.1, p.threshold());
    }
  }
}
