package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.layer.DropoutLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.DropoutContract;
import dev.nngrade.exercises.testkit.contracts.RecordingRandom;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and the layer over several calls: a mask drawn for every
 * training forward and kept for the backward, nothing drawn at inference, each layer with its own
 * mask and generator, the threshold itself, and the caller's arrays left alone. Every expected value
 * is the contract's, computed here from a generator with the same seed.
 *
 * <p>Tolerance: an output is {@code x·mask} (exact), {@code x·(1 − ratio)} or {@code x/(1 − ratio)},
 * which legitimate variants ({@code x − ratio·x}, {@code x·(1/(1 − ratio))}) compute within a few ulps:
 * 1e-15 relative (plus 1e-15 absolute near 0) holds them all, while a wrong mask or scale is off by
 * the element itself.
 */
public class DropoutHiddenTests extends DropoutContract {
  private static final Tolerance TOL = Tolerance.of(1e-15, 1e-15);

  /**
   * Loads and initialises the implementation once, before any test: a class that cannot even be
   * initialised fails the whole suite at once (every test of it then scores 0 as not run), which
   * is also what a submission that sabotages a suite's set-up gets.
   */
  @BeforeAll
  static void theImplementationClassInitialises() throws ClassNotFoundException {
    Class<?> type;
    try {
      type = new Implementations(System.getProperty(Implementations.PACKAGE_PARAMETER, dev.nngrade.contract.Exercise.STUDENT_PACKAGE)).load(DropoutLayer.class);
    } catch (AssertionError missing) {
      return; // a missing class is reported by every test, with what to create
    }
    Class.forName(type.getName(), true, type.getClassLoader());
  }

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** The contract's mask for {@code rows × cols} draws from {@code r}: {@code scale} where the draw is greater than ratio, else 0. */
  private static double[][] mask(RandomGenerator r, int rows, int cols, double ratio, double scale) {
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = r.nextDouble() > ratio ? scale : 0;
      }
    }
    return m;
  }

  private static double[][] times(double[][] a, double[][] mask) {
    double[][] c = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        c[i][j] = a[i][j] * mask[i][j];
      }
    }
    return c;
  }

  /** 1 where {@code a} is not 0, 0 where it is: which elements a mask kept (x and dout have no zeros). */
  private static double[][] kept(double[][] a) {
    if (a == null) {
      return null;
    }
    double[][] k = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      k[i] = new double[a[i].length];
      for (int j = 0; j < a[i].length; j++) {
        k[i][j] = a[i][j] == 0 ? 0 : 1;
      }
    }
    return k;
  }

  /**
   * First which elements were kept, with the hint of the mistake the test is after; then the values,
   * whose only other way to be wrong is the scale of the course's form.
   */
  private static void masked(String what, double[][] in, double[][] mask, double[][] out, String keptHint) {
    close(what + ": which elements are kept (not 0)", kept(mask), kept(out), Tolerance.abs(0), keptHint);
    close(what, times(in, mask), out, TOL, "hint.dropout.scale");
  }

  private double scale(double ratio) {
    return form() == DropoutForm.INVERTED ? 1 / (1 - ratio) : 1;
  }

  private static String shape(double[][] a) {
    return a.length + "x" + a[0].length;
  }

  /** Three training forwards, each with its backward: a new mask every time, in row-major order, one nextDouble per element. */
  @Test
  void everyTrainingForwardDrawsANewMask(Implementations impl) {
    RandomGenerator r = random("redraw");
    for (int trial = 0; trial < trials(); trial++) {
      double ratio = 0.1 + 0.8 * r.nextDouble();
      long seed = r.nextLong();
      RecordingRandom given = new RecordingRandom(seed);
      RandomGenerator same = Numeric.random(seed);
      DropoutLayer layer = impl.create(DropoutLayer.class, ratio, form(), given);
      for (int call = 1; call <= 3; call++) {
        int rows = 1 + r.nextInt(4), cols = 2 + r.nextInt(5);
        double[][] x = Numeric.uniform(r, rows, cols, -2, 2), dout = Numeric.uniform(r, rows, cols, -2, 2);
        double[][] m = mask(same, rows, cols, ratio, scale(ratio));
        String what = String.format(Locale.ROOT, " %d of one layer (ratio %.3f, %s, x %s)", call, ratio, form(), shape(x));
        int before = given.calls().size();
        double[][] out = layer.forward(Numeric.copy(x), true);
        List<String> calls = given.calls().subList(before, given.calls().size());
        holds("training forward" + what + " calls random.nextDouble() once per element, " + rows * cols + " times (it made "
            + calls.size() + " calls: " + (calls.isEmpty() ? "none" : calls.get(0) + "…") + ")",
            calls.size() == rows * cols && calls.stream().allMatch("nextDouble()"::equals), call == 1 ? "hint.dropout.draws" : "hint.dropout.redraw");
        masked("training forward" + what, x, m, out, call == 1 ? "hint.dropout.mask" : "hint.dropout.redraw");
        masked("backward after training forward" + what, dout, m, layer.backward(Numeric.copy(dout)), "hint.dropout.backward");
      }
    }
  }

  /** An inference forward between two training forwards draws nothing: the next training mask continues the generator's sequence. */
  @Test
  void inferenceDrawsNothing(Implementations impl) {
    RandomGenerator r = random("inference");
    for (int trial = 0; trial < trials(); trial++) {
      double ratio = 0.1 + 0.8 * r.nextDouble();
      long seed = r.nextLong();
      RecordingRandom given = new RecordingRandom(seed);
      RandomGenerator same = Numeric.random(seed);
      int rows = 2 + r.nextInt(3), cols = 3 + r.nextInt(4);
      double[][] x1 = Numeric.uniform(r, rows, cols, -2, 2), x2 = Numeric.uniform(r, rows, cols, -2, 2), x3 = Numeric.uniform(r, rows, cols, -2, 2);
      double[][] dout = Numeric.uniform(r, rows, cols, -2, 2);
      String what = String.format(Locale.ROOT, " (ratio %.3f, %s, x %dx%d)", ratio, form(), rows, cols);
      DropoutLayer layer = impl.create(DropoutLayer.class, ratio, form(), given);
      double[][] m1 = mask(same, rows, cols, ratio, scale(ratio));
      masked("training forward" + what, x1, m1, layer.forward(Numeric.copy(x1), true), "hint.dropout.mask");
      int before = given.calls().size();
      double[][] inferred = layer.forward(Numeric.copy(x2), false);
      holds("inference forward" + what + " makes no call on the generator (it made " + (given.calls().size() - before) + ")", given.calls().size() == before,
          "hint.dropout.inference-draws");
      double s = form() == DropoutForm.SCALE_AT_INFERENCE ? 1 - ratio : 1;
      double[][] expected = new double[rows][cols];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          expected[i][j] = x2[i][j] * s;
        }
      }
      close("inference forward" + what, expected, inferred, TOL, "hint.dropout.inference");
      double[][] m3 = mask(same, rows, cols, ratio, scale(ratio));
      int beforeThird = given.calls().size();
      double[][] third = layer.forward(Numeric.copy(x3), true);
      holds("the training forward after the inference forward" + what + " draws " + rows * cols + " numbers (it made " + (given.calls().size() - beforeThird) + ")",
          given.calls().size() - beforeThird == rows * cols, "hint.dropout.redraw");
      masked("training forward after an inference forward" + what, x3, m3, third, "hint.dropout.inference-draws");
      masked("backward after it" + what, dout, m3, layer.backward(Numeric.copy(dout)), "hint.dropout.backward");
    }
  }

  /** The contract keeps an element when the draw is greater than ratio: a draw equal to ratio drops it. */
  @Test
  void aDrawEqualToTheRatioDropsTheElement(Implementations impl) {
    double ratio = 0.375; // exact in binary, so the scripted draw equals it to the bit
    double[] draws = {0.375, Math.nextUp(0.375), Math.nextDown(0.375), 0.375, 0.9, 0.375};
    RecordingRandom given = new RecordingRandom(seed(), draws);
    DropoutLayer layer = impl.create(DropoutLayer.class, ratio, form(), given);
    double[][] x = {{1.5, -2, 0.25}, {3, -0.5, 1}};
    double s = scale(ratio);
    double[][] mask = {{0, s, 0}, {0, s, 0}};
    masked("training forward with draws " + java.util.Arrays.toString(draws) + " and ratio 0.375 (keep only when draw > ratio)", x, mask,
        layer.forward(Numeric.copy(x), true), "hint.dropout.threshold");
  }

  /** Two layers used in turn keep their own masks and generators. */
  @Test
  void twoLayersKeepTheirOwnMasks(Implementations impl) {
    RandomGenerator r = random("two-layers");
    for (int trial = 0; trial < trials(); trial++) {
      double ra = 0.2 + 0.6 * r.nextDouble(), rb = 0.2 + 0.6 * r.nextDouble();
      long sa = r.nextLong(), sb = r.nextLong();
      int rows = 2 + r.nextInt(3), colsA = 2 + r.nextInt(3), colsB = colsA + 1 + r.nextInt(3);
      DropoutLayer a = impl.create(DropoutLayer.class, ra, form(), Numeric.random(sa));
      DropoutLayer b = impl.create(DropoutLayer.class, rb, form(), Numeric.random(sb));
      double[][] xa = Numeric.uniform(r, rows, colsA, -2, 2), xb = Numeric.uniform(r, rows, colsB, -2, 2);
      double[][] da = Numeric.uniform(r, rows, colsA, -2, 2), db = Numeric.uniform(r, rows, colsB, -2, 2);
      double[][] ma = mask(Numeric.random(sa), rows, colsA, ra, scale(ra)), mb = mask(Numeric.random(sb), rows, colsB, rb, scale(rb));
      String what = String.format(Locale.ROOT, " (layers of ratio %.3f and %.3f, %s)", ra, rb, form());
      masked("first layer's forward" + what, xa, ma, a.forward(Numeric.copy(xa), true), "hint.dropout.mask");
      masked("second layer's forward" + what, xb, mb, b.forward(Numeric.copy(xb), true), "hint.dropout.instances");
      masked("first layer's backward after the second layer's forward" + what, da, ma, a.backward(Numeric.copy(da)), "hint.dropout.instances");
      masked("second layer's backward" + what, db, mb, b.backward(Numeric.copy(db)), "hint.dropout.instances");
    }
  }

  /** Forward leaves x as it was, backward leaves dout as it was (layer package: a layer never writes into its caller's arrays). */
  @Test
  void forwardAndBackwardLeaveTheirArgumentsAlone(Implementations impl) {
    RandomGenerator r = random("arguments");
    double ratio = 0.3 + 0.4 * r.nextDouble();
    DropoutLayer layer = impl.create(DropoutLayer.class, ratio, form(), Numeric.random(r.nextLong()));
    double[][] x = Numeric.uniform(r, 3, 5, -2, 2), dout = Numeric.uniform(r, 3, 5, -2, 2);
    double[][] keptX = Numeric.copy(x), keptDout = Numeric.copy(dout);
    layer.forward(x, true);
    close("x after a training forward (it must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
    layer.backward(dout);
    close("dout after backward (it must not change)", keptDout, dout, Tolerance.abs(0), "hint.layer.dout");
    layer.forward(x, false);
    close("x after an inference forward (it must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
  }
}
