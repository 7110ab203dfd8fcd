package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
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
 * by more than 1e-8. The tests after state (several keys, two instances) first compare the optimizer
 * with optimizers of the same implementation used plainly, which must give the same bits (same code,
 * same inputs), so that a formula mistake is blamed on the formula and a state mistake on the state.
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

  /** An optimizer's kind and hyperparameters drawn from {@code r} (inputs, so they may label judged checks); {@link #make} builds as many as needed. */
  private record Spec(String name, double lr, double a, double b, String description) {}

  private Spec spec(String name, RandomGenerator r) {
    double lr = 0.01 + 0.19 * r.nextDouble();
    return switch (name) {
      case "SGD" -> new Spec(name, lr, 0, 0, f("SGD(lr %.4f)", lr));
      case "Momentum" -> {
        double m = 0.5 + 0.45 * r.nextDouble();
        yield new Spec(name, lr, m, 0, f("Momentum(lr %.4f, momentum %.4f)", lr, m));
      }
      case "AdaGrad" -> new Spec(name, lr, 0, 0, f("AdaGrad(lr %.4f)", lr));
      case "RMSProp" -> {
        double decay = 0.8 + 0.19 * r.nextDouble();
        yield new Spec(name, lr, decay, 0, f("RMSProp(lr %.4f, decay %.4f)", lr, decay));
      }
      case "Adam" -> {
        double b1 = 0.8 + 0.15 * r.nextDouble(), b2 = 0.9 + 0.099 * r.nextDouble();
        yield new Spec(name, lr, b1, b2, f("Adam(lr %.4f, β1 %.4f, β2 %.4f, %s)", lr, b1, b2, adamForm()));
      }
      default -> throw new IllegalArgumentException(name);
    };
  }

  private Optimizer make(Implementations impl, Spec s) {
    return switch (s.name()) {
      case "SGD" -> impl.create(Sgd.class, s.lr());
      case "Momentum" -> impl.create(Momentum.class, s.lr(), s.a());
      case "AdaGrad" -> impl.create(AdaGrad.class, s.lr());
      case "RMSProp" -> impl.create(RmsProp.class, s.lr(), s.a());
      case "Adam" -> impl.create(Adam.class, s.lr(), s.a(), s.b(), adamForm());
      default -> throw new IllegalArgumentException(s.name());
    };
  }

  /** The hint of the optimizer's own update formula. */
  private static String formula(Spec s) {
    return switch (s.name()) {
      case "SGD" -> "hint.opt.sgd";
      case "Momentum" -> "hint.opt.momentum";
      case "AdaGrad" -> "hint.opt.adagrad";
      case "RMSProp" -> "hint.opt.rmsprop";
      case "Adam" -> "hint.opt.adam";
      default -> throw new IllegalArgumentException(s.name());
    };
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /**
   * Non-square parameters under the textbook's key names. Every test uses key names of its own (this
   * one is severalKeysKeepTheirOwnState's), so that state an implementation wrongly keeps in static
   * fields by name does not leak from one test into another and blur which mistake a test names.
   */
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

  /** Copies of the arrays of {@code p} under the keys {@code key + suffix}. */
  private static Map<String, double[][]> renamedCopies(Map<String, double[][]> p, String suffix) {
    Map<String, double[][]> c = new LinkedHashMap<>();
    p.forEach((k, v) -> c.put(k + suffix, Numeric.copy(v)));
    return c;
  }

  /** One key, several steps with a new gradient each time: the formula and the state kept between updates. */
  @Test
  void severalStepsAgreeWithTheReference(Implementations impl) {
    RandomGenerator r = random("steps");
    for (String name : NAMES) {
      Spec s = spec(name, r);
      Optimizer o = make(impl, s);
      Map<String, double[][]> p = new LinkedHashMap<>();
      p.put("W", Numeric.uniform(r, 2, 3, -2, 2));
      Map<String, double[][]> held = sameArrays(p);
      for (int step = 1; step <= STEPS; step++) {
        o.update(p, gradients(r, p));
        inPlace(s.description() + " step " + step, p, held);
        judge(s.description() + " after update " + step, held, formula(s));
      }
    }
  }

  /**
   * Three keys of different shapes updated together give what each key gets from an optimizer of
   * its own (one state array per key; Adam counts one step per update call, not one per key), and the
   * reference's values. The keys of the single-key optimizers are renamed, so that state kept in static
   * fields under a key's name cannot pass for state per key here (twoInstancesDoNotShareState names it).
   */
  @Test
  void severalKeysKeepTheirOwnState(Implementations impl) {
    RandomGenerator r = random("keys");
    for (String name : NAMES) {
      Spec s = spec(name, r);
      Optimizer together = make(impl, s);
      Map<String, double[][]> p = params(r);
      Map<String, double[][]> held = sameArrays(p);
      Map<String, Optimizer> alone = new LinkedHashMap<>();
      Map<String, Map<String, double[][]>> aloneParams = new LinkedHashMap<>();
      for (var e : p.entrySet()) {
        alone.put(e.getKey(), make(impl, s));
        aloneParams.put(e.getKey(), renamedCopies(Map.of(e.getKey(), e.getValue()), "'"));
      }
      String hint = name.equals("Adam") ? "hint.opt.adam-step-per-update" : "hint.opt.state-per-key";
      for (int step = 1; step <= STEPS; step++) {
        Map<String, double[][]> g = gradients(r, p), gAlone = renamedCopies(g, "'");
        together.update(p, g);
        inPlace(s.description() + " step " + step, p, held);
        for (String key : p.keySet()) {
          Map<String, double[][]> own = aloneParams.get(key);
          double[][] ownArray = own.get(key + "'");
          alone.get(key).update(own, Map.of(key + "'", gAlone.get(key + "'")));
          inPlace(s.description() + " alone, step " + step, own, Map.of(key + "'", ownArray));
          close(s.description() + ": " + key + " after update " + step + " of keys " + held.keySet() + " together, against an optimizer of its own",
              own.get(key + "'"), held.get(key), Tolerance.abs(0), hint);
        }
        judge(s.description() + " with keys " + held.keySet() + " after update " + step, held, formula(s));
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
      Spec s = spec(name, r);
      Optimizer o = make(impl, s);
      Map<String, double[][]> p = new LinkedHashMap<>();
      p.put("W1 (late-key test)", Numeric.uniform(r, 3, 2, -2, 2));
      double[][] first = p.get("W1 (late-key test)"), late = Numeric.uniform(r, 2, 4, -2, 2);
      for (int step = 1; step <= STEPS; step++) {
        if (step == 3) {
          p.put("late", late);
        }
        Map<String, double[][]> held = sameArrays(p);
        o.update(p, gradients(r, p));
        inPlace(s.description() + " step " + step, p, held);
        String what = s.description() + " (key 'late' from update 3) after update " + step;
        Judge.same(what + ", W1", first, TOL, formula(s));
        Judge.same(what + ", late", late, TOL, name.equals("Adam") ? "hint.opt.adam-one-counter" : "hint.opt.state-per-key");
      }
    }
  }

  /**
   * Two instances with the same keys, used in turn, give what each gives used alone (no static
   * fields), and the reference's values. The instances used alone run first, under keys of their own.
   */
  @Test
  void twoInstancesDoNotShareState(Implementations impl) {
    RandomGenerator r = random("instances");
    for (String name : NAMES) {
      Spec sa = spec(name, r), sb = spec(name, r);
      // one key each (non-square): Adam's counting per key or per update cannot matter here, only sharing
      Map<String, double[][]> pa = new LinkedHashMap<>(), pb = new LinkedHashMap<>();
      pa.put("W (instances test)", Numeric.uniform(r, 3, 2, -2, 2));
      pb.put("W (instances test)", Numeric.uniform(r, 3, 2, -2, 2));
      List<Map<String, double[][]>> ga = new java.util.ArrayList<>(), gb = new java.util.ArrayList<>();
      for (int step = 1; step <= STEPS; step++) {
        ga.add(gradients(r, pa));
        gb.add(gradients(r, pb));
      }
      Map<String, double[][]> aloneA = renamedCopies(pa, "#a"), aloneB = renamedCopies(pb, "#b");
      List<Map<String, double[][]>> afterA = new java.util.ArrayList<>(), afterB = new java.util.ArrayList<>();
      Optimizer oa = make(impl, sa), ob = make(impl, sb);
      Map<String, double[][]> heldAloneA = sameArrays(aloneA), heldAloneB = sameArrays(aloneB);
      for (int step = 0; step < STEPS; step++) {
        oa.update(aloneA, renamedCopies(ga.get(step), "#a"));
        inPlace("first " + sa.description() + " alone, step " + (step + 1), aloneA, heldAloneA);
        afterA.add(renamedCopies(aloneA, ""));
      }
      for (int step = 0; step < STEPS; step++) {
        ob.update(aloneB, renamedCopies(gb.get(step), "#b"));
        inPlace("second " + sb.description() + " alone, step " + (step + 1), aloneB, heldAloneB);
        afterB.add(renamedCopies(aloneB, ""));
      }
      Optimizer a = make(impl, sa), b = make(impl, sb);
      Map<String, double[][]> heldA = sameArrays(pa), heldB = sameArrays(pb);
      for (int step = 1; step <= STEPS; step++) {
        a.update(pa, ga.get(step - 1));
        b.update(pb, gb.get(step - 1));
        inPlace("first " + sa.description() + " step " + step, pa, heldA);
        inPlace("second " + sb.description() + " step " + step, pb, heldB);
        for (String key : heldA.keySet()) {
          close("first " + sa.description() + ", " + key + " after update " + step + " used in turn with a second instance, against it used alone",
              afterA.get(step - 1).get(key + "#a"), heldA.get(key), Tolerance.abs(0), "hint.opt.instances");
          close("second " + sb.description() + ", " + key + " after update " + step + " used in turn with the first, against it used alone",
              afterB.get(step - 1).get(key + "#b"), heldB.get(key), Tolerance.abs(0), "hint.opt.instances");
        }
        judge("first " + sa.description() + " after update " + step, heldA, formula(sa));
        judge("second " + sb.description() + " after update " + step, heldB, formula(sb));
      }
    }
  }
}
