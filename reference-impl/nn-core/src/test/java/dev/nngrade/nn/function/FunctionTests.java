package dev.nngrade.nn.function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.gradient.NumericalGradient;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.TensorAssertions;
import dev.nngrade.nn.testkit.Tolerance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FunctionTests {

  @Nested
  class SoftmaxTests {
    @Test
    void rowsSumToOne() {
      var r = Fixtures.random(1);
      for (int trial = 0; trial < 50; trial++) {
        double[] p = Softmax.of(Fixtures.gaussian(r, 1 + trial % 12, 10));
        double s = 0;
        for (double v : p) {
          assertTrue(v >= 0 && v <= 1);
          s += v;
        }
        assertEquals(1.0, s, 1e-15);
      }
    }

    @Test
    void shiftingAllScoresChangesNothing() {
      double[] a = Fixtures.gaussian(Fixtures.random(2), 10, 3);
      double[] shifted = a.clone();
      for (int i = 0; i < shifted.length; i++) {
        shifted[i] += 123.25; // exactly representable, so a - max is unchanged
      }
      TensorAssertions.assertClose(Softmax.of(a), Softmax.of(shifted), Tolerance.of(1e-16, 1e-14), "softmax(a + c)");
    }

    @Test
    void hugeScoresDoNotOverflow() {
      double[] p = Softmax.of(new double[] {1010, 1000, 990});
      assertTrue(Double.isFinite(p[0]) && p[0] > 0.99995, () -> java.util.Arrays.toString(p));
      double[] q = Softmax.of(new double[] {-1e308, 0});
      assertArrayEquals(new double[] {0, 1}, q);
    }

    @Test
    void batchRowsEqualOneDimensionalResults() {
      double[][] x = {{1, 2, 3}, {-5, 0, 5}};
      double[][] p = Softmax.rows(x);
      assertArrayEquals(Softmax.of(x[0]), p[0]);
      assertArrayEquals(Softmax.of(x[1]), p[1]);
    }

    @Test
    void anEmptyVectorIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> Softmax.of(new double[0]));
    }
  }

  @Nested
  class LossTests {
    @ParameterizedTest
    @EnumSource(SquaredError.class)
    void squaredErrorGradientsAgreeWithCentralDifferences(SquaredError e) {
      double[] y = Fixtures.gaussian(Fixtures.random(3), 6, 1), t = Fixtures.gaussian(Fixtures.random(4), 6, 1);
      double[] numerical = NumericalGradient.of(v -> e.of(v, t), y.clone());
      TensorAssertions.assertClose(numerical, e.gradient(y, t), Tolerance.of(1e-10, 1e-8), e + " gradient");
    }

    @Test
    void crossEntropyBatchIsTheMeanOverRows() {
      double[][] y = {{0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}};
      double expected = -(Math.log(0.7 + 1e-7) + Math.log(0.8 + 1e-7)) / 2;
      assertEquals(expected, CrossEntropy.batch(y, new int[] {0, 2}));
      assertEquals(expected, CrossEntropy.batch(y, new double[][] {{1, 0, 0}, {0, 0, 1}}));
    }

    @Test
    void aZeroProbabilityGivesAFiniteLossThanksToDelta() {
      assertEquals(-Math.log(1e-7), CrossEntropy.of(new double[] {1, 0}, 1));
    }

    @Test
    void badLabelsAndLengthsAreNamed() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrossEntropy.of(new double[] {0.5, 0.5}, 2));
      assertTrue(e.getMessage().contains("label 2"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> SquaredError.MEAN.of(new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void meanAbsoluteError() {
      assertEquals(1.5, MeanAbsoluteError.of(new double[] {1, -2}, new double[] {2, 0}));
    }
  }

  @Nested
  class ActivationTests {
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU", "LEAKY_RELU", "IDENTITY"})
    void derivativesAgreeWithCentralDifferencesAwayFromKinks(Activation f) {
      for (double x : Fixtures.awayFromZero(Fixtures.random(5), 40, 2, 1e-2)) {
        double numerical = NumericalGradient.of(v -> f.apply(v[0]), new double[] {x})[0];
        assertEquals(numerical, f.derivative(x, f.apply(x)), 1e-8 * Math.max(1, Math.abs(numerical)), f + " at " + x);
      }
    }

    @Test
    void valuesAtLandmarks() {
      assertEquals(0.5, Activation.SIGMOID.apply(0));
      assertEquals(0.0, Activation.STEP.apply(0));
      assertEquals(1.0, Activation.STEP.apply(1e-300));
      assertEquals(0.0, Activation.RELU.apply(-3));
      assertEquals(-0.03, Activation.LEAKY_RELU.apply(-3), 1e-17);
      assertEquals(Math.tanh(0.5), Activation.TANH.apply(0.5));
      assertEquals(0.0, Activation.RELU.derivative(0, 0), "the textbook's layer masks x <= 0");
      assertEquals(1.0, Activation.SIGMOID.apply(800), "no overflow");
      assertEquals(0.0, Activation.SIGMOID.apply(-800), "no overflow");
    }

    @Test
    void namesParse() {
      assertEquals(Activation.LEAKY_RELU, Activation.parse("leaky-relu"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.parse("swish"));
      assertTrue(e.getMessage().contains("relu"), e.getMessage());
    }
  }

  @Nested
  class LinearTests {
    /** Column form u = Wx + b equals row form with W transposed. */
    @Test
    void bothLayoutsAgree() {
      double[][] w = {{1, 2, 3}, {4, 5, 6}}; // [out=2][in=3]
      double[] x = {1, 0, -1}, b = {0.5, -0.5};
      double[] col = Linear.columnForm(w, x, b);
      double[][] wt = {{1, 4}, {2, 5}, {3, 6}};
      double[][] row = Linear.rowForm(new double[][] {x}, wt, b);
      assertArrayEquals(new double[] {-1.5, -2.5}, col);
      assertArrayEquals(col, row[0]);
    }

    @Test
    void mismatchedSizesAreNamed() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Linear.columnForm(new double[][] {{1, 2}}, new double[] {1, 2, 3}, new double[] {0}));
      assertTrue(e.getMessage().contains("2 columns") && e.getMessage().contains("3 elements"), e.getMessage());
    }
  }
}
