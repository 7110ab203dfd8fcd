package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.gradient;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.layer.ConvolutionLayer;
import dev.nngrade.contract.layer.Correlation;
import dev.nngrade.contract.layer.MaxPoolingLayer;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.CONVOLUTION)
public abstract class ConvolutionContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-14, 1e-14);
  private static final double[][] STRIPE_FILTER = {{1, -1, 1, -1}, {1, -1, 1, -1}, {1, -1, 1, -1}, {1, -1, 1, -1}};
  private static final double[][] IMAGE_3X3 = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};

  @Test
  @PublicInputs
  void lectureStripeFilter(Implementations impl) {
    Correlation c = impl.get(Correlation.class);
    double[][] vertical = {{1, 0, 1, 0}, {1, 0, 1, 0}, {1, 0, 1, 0}, {1, 0, 1, 0}};
    double[][] horizontal = {{1, 1, 1, 1}, {0, 0, 0, 0}, {1, 1, 1, 1}, {0, 0, 0, 0}};
    close("vertical stripes ∗ stripe filter (lecture 003)", new double[][] {{8}}, c.correlate(vertical, STRIPE_FILTER), EXACT, "hint.conv.correlate");
    close("horizontal stripes ∗ stripe filter (lecture 003)", new double[][] {{0}}, c.correlate(horizontal, STRIPE_FILTER), EXACT, "hint.conv.correlate");
  }

  @Test
  @PublicInputs
  void correlationSlidesTheFilterWithoutFlippingIt(Implementations impl) {
    // filter (1, 0; 0, −1): out[i][j] = img[i][j] − img[i+1][j+1] = −4 everywhere (a flipped filter gives +4)
    double[][] out = impl.get(Correlation.class).correlate(IMAGE_3X3, new double[][] {{1, 0}, {0, -1}});
    close("3x3 image ∗ (1, 0; 0, −1)", new double[][] {{-4, -4}, {-4, -4}}, out, EXACT, "hint.conv.correlate");
  }

  @Test
  @PublicInputs
  void convolutionLayerWithStrideAndPaddingWorkedOutByHand(Implementations impl) {
    double[][][][] w = {{{{1, 0}, {0, -1}}}};
    double[][][][] x = {{IMAGE_3X3}};
    ConvolutionLayer plain = impl.create(ConvolutionLayer.class, w, new double[] {0.5}, 1, 0);
    close("forward, stride 1, pad 0", new double[][][][] {{{{-3.5, -3.5}, {-3.5, -3.5}}}}, plain.forward(x), EXACT, "hint.conv.forward");
    // padded to 5x5, windows at (0,0), (0,2), (2,0), (2,2): 0−1, 0−3, 0−7, 5−9, each + 0.5
    ConvolutionLayer strided = impl.create(ConvolutionLayer.class, w, new double[] {0.5}, 2, 1);
    close("forward, stride 2, pad 1", new double[][][][] {{{{-0.5, -2.5}, {-6.5, -3.5}}}}, strided.forward(x), EXACT, "hint.conv.stride-pad");
  }

  @Test
  @Points(2)
  void convolutionBackwardAgreesWithCentralDifferences(Implementations impl) {
    RandomGenerator r = random("conv");
    int[][] settings = {{1, 0}, {1, 1}, {2, 1}};
    for (int trial = 0; trial < trials(); trial++) {
      int stride = settings[trial % settings.length][0], pad = settings[trial % settings.length][1];
      int n = 1 + r.nextInt(2), c = 1 + r.nextInt(2), fn = 1 + r.nextInt(3), size = 4 + r.nextInt(2), f = 2 + r.nextInt(2);
      double[][][][] x = Numeric.uniform(r, n, c, size, size, -1, 1), w = Numeric.uniform(r, fn, c, f, f, -1, 1);
      double[] b = Numeric.uniform(r, fn, -1, 1);
      ConvolutionLayer layer = impl.create(ConvolutionLayer.class, w, b, stride, pad);
      double[][][][] out = layer.forward(x);
      int o = (size + 2 * pad - f) / stride + 1;
      double[][][][] dout = Numeric.uniform(r, n, fn, o, o, -1, 1);
      close("output shape (compared as zeros)", new double[n][fn][o][o], zeros(out), Tolerance.abs(0), "hint.conv.shape");
      double[][][][] dx = layer.backward(dout);
      double[][][][] dw = Numeric.copy(layer.dW());
      double[] db = layer.db().clone();
      ConvolutionLayer probe = impl.create(ConvolutionLayer.class, w, b, stride, pad);
      java.util.function.DoubleSupplier loss = () -> Numeric.weightedSum(probe.forward(x), dout);
      String what = " (stride " + stride + ", pad " + pad + ")";
      Tolerance tol = Tolerance.of(1e-8, 1e-7);
      gradient("dX" + what, Numeric.gradient(x, loss), dx, tol, "hint.conv.dx");
      gradient("dW" + what, Numeric.gradient(w, loss), dw, tol, "hint.conv.dw");
      gradient("db" + what, Numeric.gradient(b, loss), db, tol, "hint.conv.db");
    }
  }

  @Test
  @PublicInputs
  void maxPoolingWorkedOutByHand(Implementations impl) {
    MaxPoolingLayer pool = impl.create(MaxPoolingLayer.class, 2, 2, 2, 0);
    double[][][][] x = {{{{1, 2, 5, 6}, {3, 4, 7, 8}, {9, 10, 13, 14}, {11, 12, 15, 16}}}};
    close("max pooling 2x2, stride 2", new double[][][][] {{{{4, 8}, {12, 16}}}}, pool.forward(x), EXACT, "hint.pool.forward");
    double[][][][] dx = pool.backward(new double[][][][] {{{{1, 2}, {3, 4}}}});
    close("max pooling backward: each gradient goes to its window's maximum",
        new double[][][][] {{{{0, 0, 0, 0}, {0, 1, 0, 2}, {0, 0, 0, 0}, {0, 3, 0, 4}}}}, dx, EXACT, "hint.pool.backward");
  }

  @Test
  @Points(2)
  void maxPoolingBackwardAgreesWithCentralDifferences(Implementations impl) {
    RandomGenerator r = random("pool");
    for (int trial = 0; trial < trials(); trial++) {
      int n = 1 + r.nextInt(2), c = 1 + r.nextInt(2), size = 4 + 2 * r.nextInt(2);
      double[][][][] x = distinct(r, n, c, size);
      MaxPoolingLayer layer = impl.create(MaxPoolingLayer.class, 2, 2, 2, 0);
      double[][][][] out = layer.forward(x);
      double[][][][] dout = Numeric.uniform(r, n, c, size / 2, size / 2, -1, 1);
      close("pooling output shape (compared as zeros)", new double[n][c][size / 2][size / 2], zeros(out), Tolerance.abs(0), "hint.pool.forward");
      double[][][][] dx = layer.backward(dout);
      MaxPoolingLayer probe = impl.create(MaxPoolingLayer.class, 2, 2, 2, 0);
      gradient("pooling dX", Numeric.gradient(x, () -> Numeric.weightedSum(probe.forward(x), dout)), dx, Tolerance.of(1e-8, 1e-7), "hint.pool.backward");
    }
  }

  /** Values at least 0.01 apart, so that no difference step changes which element is the maximum. */
  private static double[][][][] distinct(RandomGenerator r, int n, int c, int size) {
    int count = n * c * size * size;
    int[] order = Numeric.permutation(r, count);
    double[][][][] x = new double[n][c][size][size];
    int k = 0;
    for (double[][][] a : x) {
      for (double[][] b : a) {
        for (double[] row : b) {
          for (int j = 0; j < row.length; j++) {
            row[j] = 0.01 * order[k++] - 1;
          }
        }
      }
    }
    return x;
  }

  private static double[][][][] zeros(double[][][][] like) {
    if (like == null) {
      return null;
    }
    double[][][][] z = Numeric.copy(like);
    for (double[][][] a : z) {
      for (double[][] b : a) {
        for (double[] row : b) {
          java.util.Arrays.fill(row, 0);
        }
      }
    }
    return z;
  }
}
