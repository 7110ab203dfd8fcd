package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;
import static dev.nngrade.exercises.testkit.Expect.rejects;

import dev.nngrade.contract.train.GradientDescent;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.GradientDescentContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; parameters of several rows and
 * columns under several keys, several steps on the same arrays, the gradients left as they were, and
 * a rejected call that changes none of the parameters, whichever key is wrong and wherever it comes
 * in the map's order.
 */
public class GradientDescentHiddenTests extends GradientDescentContract {
  /** w − η·g is one product and one difference: with fma or without, within an ulp of values of a few units. */
  private static final Tolerance STEP = Tolerance.of(1e-15, 1e-15);
  private static final List<String> KEYS = List.of("W1", "b1", "W2", "b2");

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** A two-layer network's parameters: W1 [in][hidden], b1 [1][hidden], W2 [hidden][out], b2 [1][out], sizes pairwise different. */
  private static Map<String, double[][]> params(RandomGenerator r) {
    int[] s = Sizes.primes(r, 3);
    Map<String, double[][]> p = new LinkedHashMap<>();
    p.put("W1", Numeric.uniform(r, s[0], s[1], -1, 1));
    p.put("b1", Numeric.uniform(r, 1, s[1], -1, 1));
    p.put("W2", Numeric.uniform(r, s[1], s[2], -1, 1));
    p.put("b2", Numeric.uniform(r, 1, s[2], -1, 1));
    return p;
  }

  private static Map<String, double[][]> like(RandomGenerator r, Map<String, double[][]> p) {
    Map<String, double[][]> g = new LinkedHashMap<>();
    p.forEach((k, v) -> g.put(k, Numeric.uniform(r, v.length, v[0].length, -1, 1)));
    return g;
  }

  private static Map<String, double[][]> copy(Map<String, double[][]> p) {
    Map<String, double[][]> c = new LinkedHashMap<>();
    p.forEach((k, v) -> c.put(k, Numeric.copy(v)));
    return c;
  }

  @Test
  void everyElementOfEveryParameterMovesInPlaceStepAfterStep(Implementations impl) {
    GradientDescent gd = impl.get(GradientDescent.class);
    RandomGenerator r = random("steps");
    for (int trial = 0; trial < trials(); trial++) {
      Map<String, double[][]> params = params(r), expected = copy(params);
      Map<String, double[][]> arrays = new LinkedHashMap<>(params);
      double lr = 0.01 + r.nextDouble();
      for (int step = 0; step < 3; step++) {
        Map<String, double[][]> grads = like(r, params), grads0 = copy(grads);
        gd.stepInPlace(params, grads, lr);
        for (String key : KEYS) {
          double[][] e = expected.get(key), g = grads0.get(key);
          for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e[i].length; j++) {
              e[i][j] -= lr * g[i][j];
            }
          }
          holds("params.get(\"" + key + "\") is still the array it was before step " + (step + 1), params.get(key) == arrays.get(key), "hint.gd.in-place");
          String what = key + " after step " + (step + 1) + " (lr " + lr + ", " + e.length + "x" + e[0].length + ")";
          // the first row on its own: a step that goes the wrong way shows there; one that leaves rows out, in the rest
          close(what + ", first row", new double[][] {e[0]}, arrays.get(key) == null ? null : new double[][] {arrays.get(key)[0]}, STEP, "hint.gd.sign");
          close(what, e, arrays.get(key), STEP, "hint.gd.every-element");
          close("the gradient of " + key + " after the step", grads0.get(key), grads.get(key), Tolerance.abs(0), "hint.gd.grads");
        }
      }
    }
  }

  @Test
  void aRejectedCallChangesNoParameterWhicheverKeyIsWrong(Implementations impl) {
    GradientDescent gd = impl.get(GradientDescent.class);
    RandomGenerator r = random("atomic");
    for (String wrong : KEYS) {
      // what can be wrong with the gradient of one key: missing, one column too many, one row too many or too few
      // (the rows matter on their own: a loop over the parameter's rows never reads a gradient's extra row);
      // one row too few only where that leaves a row: an empty gradient of a bias is a case of its own, which
      // a shape read as {rows, length of row 0} answers with another exception than the contract's
      for (int kind = 0; kind < 4; kind++) {
        Map<String, double[][]> params = params(r), before = copy(params), grads = like(r, params);
        double[][] p = params.get(wrong);
        if (kind == 3 && p.length < 2) {
          continue;
        }
        String what = switch (kind) {
          case 0 -> {
            grads.remove(wrong);
            yield "a gradient map without " + wrong;
          }
          case 1 -> {
            grads.put(wrong, new double[p.length][p[0].length + 1]);
            yield "a gradient of " + wrong + " with one column too many";
          }
          case 2 -> {
            grads.put(wrong, new double[p.length + 1][p[0].length]);
            yield "a gradient of " + wrong + " with one row too many";
          }
          default -> {
            grads.put(wrong, new double[p.length - 1][p[0].length]);
            yield "a gradient of " + wrong + " with one row too few";
          }
        };
        rejects(what, "hint.gd.reject", () -> gd.stepInPlace(params, grads, 0.1));
        for (String key : KEYS) {
          close(key + " after the rejected call with " + what, before.get(key), params.get(key), Tolerance.abs(0), "hint.gd.atomic");
        }
      }
    }
  }
}
