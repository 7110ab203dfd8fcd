package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.layer.AffineLayer;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.AffineLayerContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and forward and backward compared with the reference's
 * (judged in the host) on shapes whose three sizes differ, over several calls on one layer, and with
 * W and b changed in place between calls as an optimizer does; in those two a layer is compared first
 * with a new one given only the current call (exactly: same implementation, same inputs), so that a
 * formula mistake is blamed on the formula and a stale or accumulated value on the state.
 *
 * <p>Tolerance: every value is a sum of at most 7 products of numbers below 2 in magnitude; any order
 * of summation (or fma) stays within 7·7·4·1.1e-16 ≈ 2e-14 of the reference, far inside 1e-12
 * absolute plus 1e-12 relative, while a wrong term moves a value by the size of an input.
 */
public class AffineLayerHiddenTests extends AffineLayerContract {
  private static final Tolerance TOL = Tolerance.of(1e-12, 1e-12);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** Sizes N, in, out drawn from {2, 3, 5, 7} all different, or N = 1 now and then. */
  private static int[] sizes(RandomGenerator r, int trial) {
    int[] primes = Numeric.shuffle(r, new int[] {2, 3, 5, 7});
    return new int[] {trial % 3 == 2 ? 1 : primes[0], primes[1], primes[2]};
  }

  private static String shapes(int n, int in, int out) {
    return " (X " + n + "x" + in + ", W " + in + "x" + out + ")";
  }

  @Test
  void forwardAndBackwardAgreeWithTheReference(Implementations impl) {
    RandomGenerator r = random("reference");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = sizes(r, trial);
      int n = s[0], in = s[1], out = s[2];
      double[][] w = Numeric.uniform(r, in, out, -2, 2), x = Numeric.uniform(r, n, in, -2, 2), dout = Numeric.uniform(r, n, out, -2, 2);
      double[] b = Numeric.uniform(r, out, -2, 2);
      AffineLayer layer = impl.create(AffineLayer.class, w, b);
      String what = shapes(n, in, out);
      Judge.same("forward" + what, layer.forward(Numeric.copy(x)), TOL, "hint.affine-layer.forward");
      Judge.same("dX" + what, layer.backward(Numeric.copy(dout)), TOL, "hint.affine-layer.dx");
      Judge.same("dW" + what, layer.dW(), TOL, "hint.affine-layer.dw");
      Judge.same("db" + what, layer.db(), TOL, "hint.affine-layer.db");
    }
  }

  /**
   * Three batches through one layer: dW and db are those of the last backward each time, never sums
   * over calls, i.e. those of a new layer given only that batch (compared with the reference first).
   */
  @Test
  void dWAndDbAreThoseOfTheLastBackward(Implementations impl) {
    RandomGenerator r = random("calls");
    int[] s = sizes(r, 0);
    int in = s[1], out = s[2];
    double[][] w = Numeric.uniform(r, in, out, -2, 2);
    double[] b = Numeric.uniform(r, out, -2, 2);
    AffineLayer layer = impl.create(AffineLayer.class, w, b);
    for (int call = 1; call <= 3; call++) {
      int n = 1 + r.nextInt(4);
      double[][] x = Numeric.uniform(r, n, in, -2, 2), dout = Numeric.uniform(r, n, out, -2, 2);
      String what = " of call " + call + shapes(n, in, out);
      AffineLayer fresh = impl.create(AffineLayer.class, Numeric.copy(w), b.clone());
      fresh.forward(Numeric.copy(x));
      fresh.backward(Numeric.copy(dout));
      double[][] dw = Copies.of(fresh.dW());
      double[] db = fresh.db() == null ? null : fresh.db().clone();
      Judge.same("dW" + what, dw, TOL, "hint.affine-layer.dw");
      Judge.same("db" + what, db, TOL, "hint.affine-layer.db");
      layer.forward(Numeric.copy(x));
      layer.backward(Numeric.copy(dout));
      close("dW" + what + ", against a new layer given only this batch", dw, layer.dW(), Tolerance.abs(0), "hint.affine-layer.last-backward");
      close("db" + what + ", against a new layer given only this batch", db, layer.db(), Tolerance.abs(0), "hint.affine-layer.last-backward");
    }
  }

  /**
   * An optimizer's step between calls (W and b changed in place) changes the next forward and backward:
   * each is that of a new layer made with the current values (compared with the reference first).
   */
  @Test
  void inPlaceUpdatesBetweenCallsAreUsed(Implementations impl) {
    RandomGenerator r = random("in-place");
    for (int trial = 0; trial < trials(); trial++) {
      int[] s = sizes(r, trial);
      int n = s[0], in = s[1], out = s[2];
      double[][] w = Numeric.uniform(r, in, out, -2, 2);
      double[] b = Numeric.uniform(r, out, -2, 2);
      AffineLayer layer = impl.create(AffineLayer.class, w, b);
      for (int call = 1; call <= 3; call++) {
        double[][] x = Numeric.uniform(r, n, in, -2, 2), dout = Numeric.uniform(r, n, out, -2, 2);
        String what = " of call " + call + ", W and b changed in place before each call after the first" + shapes(n, in, out);
        AffineLayer fresh = impl.create(AffineLayer.class, Numeric.copy(w), b.clone());
        double[][] y = Copies.of(fresh.forward(Numeric.copy(x)));
        double[][] dx = Copies.of(fresh.backward(Numeric.copy(dout)));
        Judge.same("forward" + what, y, TOL, "hint.affine-layer.forward");
        Judge.same("dX" + what, dx, TOL, "hint.affine-layer.dx");
        close("forward" + what + ", against a new layer made with the current W and b", y, layer.forward(Numeric.copy(x)), Tolerance.abs(0),
            "hint.affine-layer.stale");
        close("dX" + what + ", against a new layer made with the current W and b", dx, layer.backward(Numeric.copy(dout)), Tolerance.abs(0),
            "hint.affine-layer.stale");
        for (double[] row : w) {
          for (int j = 0; j < row.length; j++) {
            row[j] -= 0.5 * r.nextDouble();
          }
        }
        for (int j = 0; j < b.length; j++) {
          b[j] += 0.5 * r.nextDouble();
        }
      }
    }
  }

  /** forward leaves x as it was and backward leaves dout as it was. */
  @Test
  void forwardAndBackwardLeaveTheirArgumentsAlone(Implementations impl) {
    RandomGenerator r = random("arguments");
    double[][] x = Numeric.uniform(r, 3, 5, -2, 2), dout = Numeric.uniform(r, 3, 2, -2, 2);
    double[][] keptX = Numeric.copy(x), keptDout = Numeric.copy(dout);
    AffineLayer layer = impl.create(AffineLayer.class, Numeric.uniform(r, 5, 2, -2, 2), Numeric.uniform(r, 2, -2, 2));
    layer.forward(x);
    close("x after forward (it must not change)", keptX, x, Tolerance.abs(0), "hint.layer.input");
    layer.backward(dout);
    close("dout after backward (it must not change)", keptDout, dout, Tolerance.abs(0), "hint.layer.dout");
  }
}
