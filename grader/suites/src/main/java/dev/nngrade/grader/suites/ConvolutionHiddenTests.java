package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.layer.ConvolutionLayer;
import dev.nngrade.contract.layer.Correlation;
import dev.nngrade.contract.layer.MaxPoolingLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.ConvolutionContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and the correlation, the convolution layer and max pooling
 * compared with the reference (judged in the host) across their space: inputs and filters whose
 * height and width differ, batches and channels above 1, strides 1 to 3 and padding 0 to 2, pooling
 * windows that overlap, ties, padding that wins a window, and several calls on one layer.
 *
 * <p>Tolerances: a convolution output or gradient is a sum of at most 3·3·3 = 27 products (dx and dW
 * also over the batch and the windows, at most a few hundred) of values below 1 in magnitude; any order
 * of summation or im2col stays within a few hundred ulps of the largest partial sum, about 1e-13, so
 * 1e-12 absolute plus 1e-12 relative holds every correct variant, while a wrong index or a missing term
 * moves a value by the size of an input. Max pooling copies values (exact, tolerance 0); its backward
 * adds at most a few gradients per input (1e-15 relative).
 */
public class ConvolutionHiddenTests extends ConvolutionContract {
  private static final Tolerance TOL = Tolerance.of(1e-12, 1e-12);
  private static final Tolerance COPY = Tolerance.abs(0);
  private static final Tolerance SUMS = Tolerance.of(1e-15, 1e-15);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** Two different sizes from {lo, ..., lo + spread}. */
  private static int[] twoDifferent(RandomGenerator r, int lo, int spread) {
    int a = lo + r.nextInt(spread + 1), b;
    do {
      b = lo + r.nextInt(spread + 1);
    } while (b == a);
    return new int[] {a, b};
  }

  @Test
  void correlationOfNonSquareImagesAndFilters(Implementations impl) {
    RandomGenerator r = random("correlation");
    for (int trial = 0; trial < trials(); trial++) {
      int[] f = twoDifferent(r, 1, 3);
      int h = f[0] + 1 + r.nextInt(4), w;
      do {
        w = f[1] + 1 + r.nextInt(4);
      } while (w == h);
      double[][] image = Numeric.uniform(r, h, w, -1, 1), filter = Numeric.uniform(r, f[0], f[1], -1, 1);
      String what = "correlate(image " + h + "x" + w + ", filter " + f[0] + "x" + f[1] + ")";
      Correlation c = impl.get(Correlation.class);
      // a width taken from a height runs off the arrays as often as it gives the wrong shape
      Judge.same(what, Attempt.of(what, () -> c.correlate(Numeric.copy(image), Numeric.copy(filter)), "hint.conv.correlate-shape"), TOL,
          "hint.conv.correlate-shape");
    }
  }

  /** A random geometry: {N, C, H, W, FN, FH, FW, stride, pad} with H ≠ W and FH ≠ FW, and at least one output in each direction. */
  private static int[] geometry(RandomGenerator r, int trial) {
    int[] f = twoDifferent(r, 1, 2);
    int stride = 1 + trial % 3, pad = r.nextInt(3);
    int h = Math.max(1, f[0] - 2 * pad) + r.nextInt(5), w;
    do {
      w = Math.max(1, f[1] - 2 * pad) + r.nextInt(5);
    } while (w == h);
    return new int[] {1 + r.nextInt(3), 1 + r.nextInt(3), h, w, 1 + r.nextInt(3), f[0], f[1], stride, pad};
  }

  private static String describe(int[] g) {
    return " (x " + g[0] + "x" + g[1] + "x" + g[2] + "x" + g[3] + ", W " + g[4] + "x" + g[1] + "x" + g[5] + "x" + g[6] + ", stride " + g[7] + ", pad " + g[8] + ")";
  }

  private static int out(int size, int filter, int stride, int pad) {
    return (size + 2 * pad - filter) / stride + 1;
  }

  @Test
  void convolutionAgreesWithTheReferenceAcrossItsSpace(Implementations impl) {
    RandomGenerator r = random("conv-space");
    for (int trial = 0; trial < trials(); trial++) {
      int[] g = geometry(r, trial);
      double[][][][] x = Numeric.uniform(r, g[0], g[1], g[2], g[3], -1, 1), w = Numeric.uniform(r, g[4], g[1], g[5], g[6], -1, 1);
      double[] b = Numeric.uniform(r, g[4], -1, 1);
      int oh = out(g[2], g[5], g[7], g[8]), ow = out(g[3], g[6], g[7], g[8]);
      double[][][][] dout = Numeric.uniform(r, g[0], g[4], oh, ow, -1, 1);
      ConvolutionLayer layer = impl.create(ConvolutionLayer.class, w, b, g[7], g[8]);
      String what = describe(g);
      Judge.same("forward" + what, Attempt.of("forward" + what, () -> layer.forward(Numeric.copy(x)), "hint.conv.forward-shape"), TOL, "hint.conv.forward-shape");
      Judge.same("dX" + what, layer.backward(Numeric.copy(dout)), TOL, "hint.conv.dx");
      Judge.same("dW" + what, layer.dW(), TOL, "hint.conv.dw");
      Judge.same("db" + what, layer.db(), TOL, "hint.conv.db");
    }
  }

  /**
   * Three batches through one layer, its filters changed in place in between: each result is that of
   * a new layer made with the current filters and given only the current batch (which is compared with
   * the reference first).
   */
  @Test
  void convolutionOverSeveralCalls(Implementations impl) {
    RandomGenerator r = random("conv-calls");
    int[] g = geometry(r, 0);
    double[][][][] w = Numeric.uniform(r, g[4], g[1], g[5], g[6], -1, 1);
    double[] b = Numeric.uniform(r, g[4], -1, 1);
    ConvolutionLayer layer = impl.create(ConvolutionLayer.class, w, b, g[7], g[8]);
    int oh = out(g[2], g[5], g[7], g[8]), ow = out(g[3], g[6], g[7], g[8]);
    for (int call = 1; call <= 3; call++) {
      int n = 1 + r.nextInt(3);
      double[][][][] x = Numeric.uniform(r, n, g[1], g[2], g[3], -1, 1), dout = Numeric.uniform(r, n, g[4], oh, ow, -1, 1);
      String what = " of call " + call + " on " + n + " images" + describe(g);
      ConvolutionLayer fresh = impl.create(ConvolutionLayer.class, Numeric.copy(w), b.clone(), g[7], g[8]);
      double[][][][] y = Copies.of(Attempt.of("forward" + what, () -> fresh.forward(Numeric.copy(x)), "hint.conv.forward-shape"));
      fresh.backward(Numeric.copy(dout));
      double[][][][] dw = Copies.of(fresh.dW());
      double[] db = fresh.db() == null ? null : fresh.db().clone();
      Judge.same("forward" + what, y, TOL, "hint.conv.forward-shape");
      Judge.same("dW" + what, dw, TOL, "hint.conv.dw");
      Judge.same("db" + what, db, TOL, "hint.conv.db");
      close("forward" + what + ", against a new layer made with the current filters", y, layer.forward(Numeric.copy(x)), Tolerance.abs(0),
          "hint.conv.params-in-place");
      layer.backward(Numeric.copy(dout));
      close("dW" + what + ", against a new layer given only this batch", dw, layer.dW(), Tolerance.abs(0), "hint.conv.last-backward");
      close("db" + what + ", against a new layer given only this batch", db, layer.db(), Tolerance.abs(0), "hint.conv.last-backward");
      for (double[][][] filter : w) {
        for (double[][] channel : filter) {
          for (double[] row : channel) {
            for (int j = 0; j < row.length; j++) {
              row[j] -= 0.2 * r.nextDouble();
            }
          }
        }
      }
    }
  }

  @Test
  void convolutionLeavesItsArgumentsAlone(Implementations impl) {
    RandomGenerator r = random("conv-arguments");
    double[][][][] x = Numeric.uniform(r, 2, 2, 4, 5, -1, 1), dout = Numeric.uniform(r, 2, 3, 4, 6, -1, 1); // OH = 4 + 2 − 3 + 1, OW = 5 + 2 − 2 + 1
    double[][][][] keptX = Numeric.copy(x), keptDout = Numeric.copy(dout);
    ConvolutionLayer layer = impl.create(ConvolutionLayer.class, Numeric.uniform(r, 3, 2, 3, 2, -1, 1), Numeric.uniform(r, 3, -1, 1), 1, 1);
    layer.forward(x);
    close("x after forward (it must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
    layer.backward(dout);
    close("dout after backward (it must not change)", keptDout, dout, Tolerance.abs(0), "hint.layer.dout");
  }

  /** Distinct values away from 0 (no ties, not even with a padded zero). */
  private static double[][][][] distinct(RandomGenerator r, int n, int c, int h, int w, double lo, double hi) {
    int count = n * c * h * w;
    int[] order = Numeric.permutation(r, count);
    double[][][][] x = new double[n][c][h][w];
    int k = 0;
    for (double[][][] a : x) {
      for (double[][] b : a) {
        for (double[] row : b) {
          for (int j = 0; j < row.length; j++) {
            row[j] = lo + (hi - lo) * (order[k++] + 0.5) / count;
          }
        }
      }
    }
    return x;
  }

  /** {poolH, poolW, stride, pad} with poolH ≠ poolW, overlapping windows when the stride is below the window, pad below the window. */
  private static int[] pooling(RandomGenerator r, int trial) {
    int[] p = twoDifferent(r, 1, 2);
    int stride = 1 + trial % 3, pad = r.nextInt(Math.min(p[0], p[1]));
    return new int[] {p[0], p[1], stride, pad};
  }

  private static String describePool(int[] p, int n, int c, int h, int w) {
    return " (x " + n + "x" + c + "x" + h + "x" + w + ", window " + p[0] + "x" + p[1] + ", stride " + p[2] + ", pad " + p[3] + ")";
  }

  private void pool(Implementations impl, String what, int[] p, double[][][][] x, RandomGenerator r, String forwardHint, String backwardHint) {
    int n = x.length, c = x[0].length, h = x[0][0].length, w = x[0][0][0].length;
    int oh = out(h, p[0], p[2], p[3]), ow = out(w, p[1], p[2], p[3]);
    double[][][][] dout = Numeric.uniform(r, n, c, oh, ow, -1, 1);
    MaxPoolingLayer layer = impl.create(MaxPoolingLayer.class, p[0], p[1], p[2], p[3]);
    String full = what + describePool(p, n, c, h, w);
    Judge.same("forward" + full, Attempt.of("forward" + full, () -> layer.forward(Numeric.copy(x)), "hint.pool.window"), COPY, forwardHint);
    Judge.same("backward" + full, layer.backward(Numeric.copy(dout)), SUMS, backwardHint);
  }

  @Test
  void maxPoolingAcrossItsSpace(Implementations impl) {
    RandomGenerator r = random("pool-space");
    for (int trial = 0; trial < trials(); trial++) {
      int[] p = pooling(r, trial);
      int h = Math.max(1, p[0] - 2 * p[3]) + r.nextInt(5), w;
      do {
        w = Math.max(1, p[1] - 2 * p[3]) + r.nextInt(5);
      } while (w == h);
      double[][][][] x = distinct(r, 1 + r.nextInt(3), 1 + r.nextInt(3), h, w, 0.05, 1);
      pool(impl, "max pooling of positive values", p, x, r, "hint.pool.window", "hint.pool.overlap");
    }
  }

  /** Small integers: many windows hold equal maxima, and backward must pick the first in row-major order (the contract's tie rule). */
  @Test
  void maxPoolingTies(Implementations impl) {
    RandomGenerator r = random("pool-ties");
    for (int trial = 0; trial < trials(); trial++) {
      int[] p = {2 + r.nextInt(2), 2 + r.nextInt(2), 1 + r.nextInt(2), 0};
      int n = 1 + r.nextInt(2), c = 1 + r.nextInt(2), h = p[0] + 1 + r.nextInt(3), w = p[1] + 2 + r.nextInt(3);
      double[][][][] x = new double[n][c][h][w];
      for (double[][][] a : x) {
        for (double[][] b : a) {
          for (double[] row : b) {
            for (int j = 0; j < w; j++) {
              row[j] = 1 + r.nextInt(2);
            }
          }
        }
      }
      // the same geometry without ties first: a window or overlap mistake shows there, with its own hint
      pool(impl, "max pooling of distinct values", p, distinct(r, n, c, h, w, 0.05, 1), r, "hint.pool.window", "hint.pool.overlap");
      pool(impl, "max pooling with ties", p, x, r, "hint.pool.window", "hint.pool.ties");
    }
  }

  /** Negative inputs with padding: the padded zeros are the maximum of border windows, and their gradients are dropped. */
  @Test
  void maxPoolingWhereThePaddingWins(Implementations impl) {
    RandomGenerator r = random("pool-pad");
    for (int trial = 0; trial < 3; trial++) {
      int[] p = {2 + r.nextInt(2), 2 + r.nextInt(2), 1 + r.nextInt(2), 1};
      int h = p[0] + r.nextInt(3), w = p[1] + 1 + r.nextInt(3);
      // the same geometry with positive values first (the padding never wins): a window or overlap mistake shows there
      pool(impl, "max pooling of positive values with zero padding", p, distinct(r, 2, 2, h, w, 0.05, 1), r, "hint.pool.window", "hint.pool.overlap");
      pool(impl, "max pooling of negative values with zero padding", p, distinct(r, 2, 2, h, w, -1, -0.05), r, "hint.pool.padding", "hint.pool.padding");
    }
  }

  /** Two forwards on one layer, then backward: the gradients go to the maxima of the second input, as for a layer that saw only it. */
  @Test
  void maxPoolingBackwardAnswersForTheLastForward(Implementations impl) {
    RandomGenerator r = random("pool-calls");
    int[] p = {2, 3, 2, 0};
    double[][][][] x1 = distinct(r, 2, 2, 5, 7, 0.05, 1), x2 = distinct(r, 2, 2, 5, 7, 0.05, 1);
    double[][][][] dout = Numeric.uniform(r, 2, 2, 2, 3, -1, 1);
    MaxPoolingLayer fresh = impl.create(MaxPoolingLayer.class, p[0], p[1], p[2], p[3]);
    String what = describePool(p, 2, 2, 5, 7);
    Judge.same("forward" + what, Attempt.of("forward" + what, () -> fresh.forward(Numeric.copy(x2)), "hint.pool.window"), COPY, "hint.pool.window");
    double[][][][] once = Copies.of(fresh.backward(Numeric.copy(dout)));
    Judge.same("backward" + what, once, SUMS, "hint.pool.overlap");
    MaxPoolingLayer layer = impl.create(MaxPoolingLayer.class, p[0], p[1], p[2], p[3]);
    layer.forward(Numeric.copy(x1));
    layer.forward(Numeric.copy(x2));
    close("backward after two forwards, against a layer that saw only the second" + what, once, layer.backward(Numeric.copy(dout)), Tolerance.abs(0),
        "hint.pool.last-forward");
  }

  @Test
  void maxPoolingLeavesItsArgumentsAlone(Implementations impl) {
    RandomGenerator r = random("pool-arguments");
    double[][][][] x = distinct(r, 2, 2, 5, 4, -1, 1), dout = Numeric.uniform(r, 2, 2, 4, 3, -1, 1);
    double[][][][] keptX = Numeric.copy(x), keptDout = Numeric.copy(dout);
    MaxPoolingLayer layer = impl.create(MaxPoolingLayer.class, 2, 2, 1, 0);
    Attempt.of("forward of 2x2x5x4 with 2x2 windows, stride 1", () -> layer.forward(x), "hint.pool.window");
    close("x after forward (it must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
    Attempt.of("backward of 2x2x4x3 after it", () -> layer.backward(dout), "hint.pool.window");
    close("dout after backward (it must not change)", keptDout, dout, Tolerance.abs(0), "hint.layer.dout");
  }
}
