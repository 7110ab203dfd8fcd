package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.train.AdaGrad;
import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.Momentum;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.RmsProp;
import dev.nngrade.contract.train.Sgd;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.OptimizersContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and every optimizer's parameters after each of several
 * updates compared with the reference's (judged in the host): random hyperparameters, non-square
 * parameters under several keys, gradients that change every step and include elements so small
 * that where ε sits decides the step, a key that first appears in a later update, and two instances
 * used in turn.
 *
 * <p>Tolerance: parameters are of order 1 and each step of order lr ≤ 0.2. Legitimate variants (the
 * textbook's {@code m += (1 − β1)(g − m)} or {@code β1·m + (1 − β1)·g}, {@code Math.pow} or repeated
 * products for {@code β^t}) change a step by at most a few 1e-13 relative, the worst being {@code 1 −
 * β2^t} near {@code 1 − 0.999}, whose cancellation turns an ulp of {@code β2^t} into 5e-13 (2.8e-13
 * after the root); four steps stay below 1e-12 absolute. Every mistake aimed at here moves a parameter
 * by more than 1e-8.
 */
public class OptimizersHiddenTests extends OptimizersContract {
  private static final Tolerance TOL = Tolerance.of(1e-12, 1e-12);
  private static final List<String> NAMES = List.of("SGD", "Momentum", "AdaGrad", "RMSProp", "Adam");
  private static final int STEPS = 4;

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** An optimizer with hyperparameters drawn from {@code r}, and its description (an input, so it may label judged checks). */
  private record Made(Optimizer optimizer, String description) {}

  private Made make(Implementations impl, String name, RandomGenerator r) {
    double lr = 0.01 + 0.19 * r.nextDouble();
    return switch (name) {
      case "SGD" -> new Made(impl.create(Sgd.class, lr), f("SGD(lr %.4f)", lr));
      case "Momentum" -> {
        double m = 0.5 + 0.45 * r.nextDouble();
        yield new Made(impl.create(Momentum.class, lr, m), f("Momentum(lr %.4f, momentum %.4f)", lr, m));
      }
      case "AdaGrad" -> new Made(impl.create(AdaGrad.class, lr), f("AdaGrad(lr %.4f)", lr));
      case "RMSProp" -> {
        double decay = 0.8 + 0.19 * r.nextDouble();
        yield new Made(impl.create(RmsProp.class, lr, decay), f("RMSProp(lr %.4f, decay %.4f)", lr, decay));
      }
      case "Adam" -> {
        double b1 = 0.8 + 0.15 * r.nextDouble(), b2 = 0.9 + 0.099 * r.nextDouble();
        yield new Made(impl.create(Adam.class, lr, b1, b2, adamForm()), f("Adam(lr %.4f, β1 %.4f, β2 %.4f, %s)", lr, b1, b2, adamForm()));
      }
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /** Non-square parameters under the textbook's key names. */
  private static Map<String, double[][]> params(RandomGenerator r) {
    Map<String, double[][]> p = new LinkedHashMap<>();
    p.put("W1", Numeric.uniform(r, 3, 2, -2, 2));
    p.put("b1", Numeric.uniform(r, 1, 2, -2, 2));
    p.put("W2", Numeric.uniform(r, 2, 5, -2, 2));
    return p;
  }

  /** Gradients like {@code params}: uniform in (−1, 1), about one element in four shrunk to the size of ε (1e-7). */
  private static Map<String, double[][]> gradients(RandomGenerator r, Map<String, double[][]> like) {
    Map<String, double[][]> g = new LinkedHashMap<>();
    like.forEach((k, v) -> {
      double[][] m = Numeric.uniform(r, v.length, v[0].length, -1, 1);
      for (double[] row : m) {
        for (int j = 0; j < row.length; j++) {
          if (r.nextInt(4) == 0) {
            row[j] *= 1e-7;
          }
        }
      }
      g.put(k, m);
    });
    return g;
  }

  /** Judges every array the caller holds (not what the map holds afterwards: the update works in place). */
  private static void judge(String what, Map<String, double[][]> held, String hint) {
    held.forEach((k, v) -> Judge.same(what + ", " + k, v, TOL, hint));
  }

  private static Map<String, double[][]> sameArrays(Map<String, double[][]> p) {
    return new LinkedHashMap<>(p);
  }

  private static void inPlace(String what, Map<String, double[][]> map, Map<String, double[][]> held) {
    held.forEach((k, v) -> holds(what + ": params.get(\"" + k + "\") is still the array given (update works in place)", map.get(k) == v, "hint.opt.in-place"));
  }

  /** One key, several steps with a new gradient each time: the formula and the state kept between updates. */
  @Test
  void severalStepsAgreeWithTheReference(Implementations impl) {
    RandomGenerator r = random("steps");
    for (String name : NAMES) {
      Made o = make(impl, name, r);
      Map<String, double[][]> p = new LinkedHashMap<>();
      p.put("W", Numeric.uniform(r, 2, 3, -2, 2));
      Map<String, double[][]> held = sameArrays(p);
      for (int step = 1; step <= STEPS; step++) {
        o.optimizer().update(p, gradients(r, p));
        inPlace(o.description() + " step " + step, p, held);
        judge(o.description() + " after update " + step, held, "hint.opt." + name.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** Three keys of different shapes updated together: one state array per key, and (Adam) one step per update call, not per key. */
  @Test
  void severalKeysKeepTheirOwnState(Implementations impl) {
    RandomGenerator r = random("keys");
    for (String name : NAMES) {
      Made o = make(impl, name, r);
      Map<String, double[][]> p = params(r);
      Map<String, double[][]> held = sameArrays(p);
      for (int step = 1; step <= STEPS; step++) {
        o.optimizer().update(p, gradients(r, p));
        judge(o.description() + " with keys " + held.keySet() + " after update " + step, held, name.equals("Adam") ? "hint.opt.adam-step-per-update" : "hint.opt.state-per-key");
      }
    }
  }

  /**
   * A key that first appears in the third update gets new state then, and Adam corrects it with the
   * optimizer's step counter (t = 3), not a counter of its own (Optimizer's Javadoc: state per key,
   * steps counted from 1 by the optimizer).
   */
  @Test
  void aKeyThatJoinsLaterUsesTheOptimizersStepCounter(Implementations impl) {
    RandomGenerator r = random("late-key");
    for (String name : NAMES) {
      Made o = make(impl, name, r);
      Map<String, double[][]> p = new LinkedHashMap<>();
      p.put("W1", Numeric.uniform(r, 3, 2, -2, 2));
      double[][] late = Numeric.uniform(r, 2, 4, -2, 2);
      Map<String, double[][]> held = new LinkedHashMap<>(p);
      held.put("late", late);
      for (int step = 1; step <= STEPS; step++) {
        if (step == 3) {
          p.put("late", late);
        }
        o.optimizer().update(p, gradients(r, p));
        judge(o.description() + " (key 'late' from update 3) after update " + step, held,
            name.equals("Adam") ? "hint.opt.adam-one-counter" : "hint.opt.state-per-key");
      }
    }
  }

  /** Two instances with the same keys, used in turn: each keeps its own state (no static fields). */
  @Test
  void twoInstancesDoNotShareState(Implementations impl) {
    RandomGenerator r = random("instances");
    for (String name : NAMES) {
      Made a = make(impl, name, r), b = make(impl, name, r);
      Map<String, double[][]> pa = params(r), pb = params(r);
      Map<String, double[][]> heldA = sameArrays(pa), heldB = sameArrays(pb);
      for (int step = 1; step <= STEPS; step++) {
        a.optimizer().update(pa, gradients(r, pa));
        judge("first " + a.description() + " after update " + step, heldA, "hint.opt.instances");
        b.optimizer().update(pb, gradients(r, pb));
        judge("second " + b.description() + " after update " + step, heldB, "hint.opt.instances");
      }
    }
  }
}
