package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.layer.Layer;
import dev.nngrade.contract.layer.ReluLayer;
import dev.nngrade.contract.layer.SigmoidLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.ActivationLayersContract;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and both layers compared with the reference (judged in the
 * host) on non-square batches with exact zeros (ReLU's edge: y = 0 and no gradient at x = 0) and with
 * inputs far beyond exp's range, over several calls on one layer, and with the caller's arrays left
 * alone.
 *
 * <p>Tolerance: ReLU copies or zeroes, so it is exact. The sigmoid of |x| ≤ 4 is at least 0.018 and
 * any formula (1/(1 + e^−x), e^x/(1 + e^x) for x &lt; 0, ½(1 + tanh(x/2)), Math or StrictMath exp) is
 * within a few 1e-16 of it; {@code y(1 − y)} loses at most 1e-16 absolute to the cancellation in
 * {@code 1 − y}. Beyond exp's range y is 0 or 1 and the gradient below 1e-300. 1e-13 absolute plus
 * 1e-12 relative holds every correct variant; the mistakes aimed at are off by 0.01 or more.
 */
public class ActivationLayersHiddenTests extends ActivationLayersContract {
  private static final Tolerance TOL = Tolerance.of(1e-13, 1e-12);
  private static final List<Class<? extends Layer>> LAYERS = List.of(SigmoidLayer.class, ReluLayer.class);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** Uniform in (−4, 4) with about one element in five exactly 0. */
  private static double[][] inputs(RandomGenerator r, int rows, int cols) {
    double[][] x = Numeric.uniform(r, rows, cols, -4, 4);
    for (double[] row : x) {
      for (int j = 0; j < cols; j++) {
        if (r.nextInt(5) == 0) {
          row[j] = 0;
        }
      }
    }
    return x;
  }

  private static String name(Class<? extends Layer> type) {
    return type.getSimpleName().replace("Layer", "");
  }

  @Test
  void forwardAndBackwardAgreeWithTheReference(Implementations impl) {
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int n = 1 + r.nextInt(5), k = n + 1 + r.nextInt(4);
      double[][] x = inputs(r, n, k), dout = Numeric.uniform(r, n, k, -2, 2);
      for (Class<? extends Layer> type : LAYERS) {
        Layer layer = impl.get(type);
        String what = " (" + n + "x" + k + ", trial " + trial + ")";
        String hint = type == ReluLayer.class ? "hint.act.relu" : "hint.act.sigmoid";
        Judge.same(name(type) + " forward" + what, layer.forward(Numeric.copy(x)), TOL, hint);
        Judge.same(name(type) + " backward" + what, layer.backward(Numeric.copy(dout)), TOL, hint + "-backward");
      }
    }
  }

  /** Inputs of ±700 and more: exp overflows on one side, so y must come out as exactly 0 or 1, never NaN. */
  @Test
  void sigmoidOfInputsBeyondExpsRange(Implementations impl) {
    double[][] x = {{-800, -710, 710, 800}, {-1e6, 745.5, -745.5, 1e6}};
    SigmoidLayer layer = impl.get(SigmoidLayer.class);
    Judge.same("Sigmoid forward of ±710, ±745.5, ±800, ±1e6", layer.forward(Numeric.copy(x)), TOL, "hint.act.sigmoid-overflow");
    Judge.same("Sigmoid backward of ±710, ±745.5, ±800, ±1e6", layer.backward(new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}}), TOL, "hint.act.sigmoid-backward");
  }

  /**
   * Two forwards on one layer, then backward: it uses what the second forward kept, i.e. it gives what
   * a new layer that saw only the second forward gives (whose values are compared with the reference first).
   */
  @Test
  void backwardAnswersForTheLastForward(Implementations impl) {
    RandomGenerator r = random("last-forward");
    for (int trial = 0; trial < trials(); trial++) {
      int n = 2 + r.nextInt(3), k = 3 + r.nextInt(3);
      double[][] x1 = inputs(r, n, k), x2 = inputs(r, n, k), dout = Numeric.uniform(r, n, k, -2, 2);
      for (Class<? extends Layer> type : LAYERS) {
        String what = " (" + n + "x" + k + ", trial " + trial + ")";
        String hint = type == ReluLayer.class ? "hint.act.relu" : "hint.act.sigmoid";
        Layer fresh = impl.get(type);
        Judge.same(name(type) + " forward" + what, fresh.forward(Numeric.copy(x2)), TOL, hint);
        double[][] once = Copies.of(fresh.backward(Numeric.copy(dout)));
        Judge.same(name(type) + " backward" + what, once, TOL, hint + "-backward");
        Layer layer = impl.get(type);
        layer.forward(Numeric.copy(x1));
        layer.forward(Numeric.copy(x2));
        close(name(type) + " backward after forward(x1) then forward(x2), against a layer that saw only forward(x2)" + what, once,
            layer.backward(Numeric.copy(dout)), Tolerance.abs(0), "hint.act.last-forward");
      }
    }
  }

  /** Two layers of a kind used in turn give what each gives alone. */
  @Test
  void twoLayersKeepTheirOwnState(Implementations impl) {
    RandomGenerator r = random("two-layers");
    int n = 3, k = 4;
    double[][] xa = inputs(r, n, k), xb = inputs(r, n, k), da = Numeric.uniform(r, n, k, -2, 2), db = Numeric.uniform(r, n, k, -2, 2);
    for (Class<? extends Layer> type : LAYERS) {
      String hint = type == ReluLayer.class ? "hint.act.relu" : "hint.act.sigmoid";
      Layer alone = impl.get(type);
      Judge.same(name(type) + " forward of the first input", alone.forward(Numeric.copy(xa)), TOL, hint);
      double[][] once = Copies.of(alone.backward(Numeric.copy(da)));
      Judge.same(name(type) + " backward of the first input", once, TOL, hint + "-backward");
      Layer a = impl.get(type), b = impl.get(type);
      a.forward(Numeric.copy(xa));
      b.forward(Numeric.copy(xb));
      close(name(type) + ": first layer's backward after the second layer's forward, against a layer used alone", once, a.backward(Numeric.copy(da)),
          Tolerance.abs(0), "hint.act.instances");
      b.backward(Numeric.copy(db));
    }
  }

  /** forward leaves x as it was, backward leaves dout as it was (layer package: a layer never writes into its caller's arrays). */
  @Test
  void forwardAndBackwardLeaveTheirArgumentsAlone(Implementations impl) {
    RandomGenerator r = random("arguments");
    for (Class<? extends Layer> type : LAYERS) {
      double[][] x = inputs(r, 3, 5), dout = Numeric.uniform(r, 3, 5, -2, 2);
      double[][] keptX = Numeric.copy(x), keptDout = Numeric.copy(dout);
      Layer layer = impl.get(type);
      layer.forward(x);
      close(name(type) + ": x after forward (it must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
      layer.backward(dout);
      close(name(type) + ": dout after backward (it must not change)", keptDout, dout, Tolerance.abs(0), "hint.layer.dout");
    }
  }
}
