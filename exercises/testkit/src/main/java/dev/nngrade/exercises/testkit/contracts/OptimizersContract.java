package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.train.AdaGrad;
import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.AdamForm;
import dev.nngrade.contract.train.Momentum;
import dev.nngrade.contract.train.Optimizer;
import dev.nngrade.contract.train.RmsProp;
import dev.nngrade.contract.train.Sgd;
import dev.nngrade.exercises.testkit.Course;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.OPTIMIZERS)
public abstract class OptimizersContract extends ExerciseContract {
  private static final Tolerance TIGHT = Tolerance.of(1e-15, 1e-13);
  private static final double[] G = {0.5, -1};

  /** The Adam form checked: the course's choice. */
  protected AdamForm adamForm() {
    return Course.current().adam();
  }

  /** Two updates with the same gradient G from p = (1, −2); returns p after each. */
  private static double[][] twoSteps(Optimizer opt) {
    double[][] p = {{1, -2}};
    Map<String, double[][]> params = Map.of("p", p);
    Map<String, double[][]> grads = Map.of("p", new double[][] {G.clone()});
    opt.update(params, grads);
    double[] first = p[0].clone();
    opt.update(params, grads);
    return new double[][] {first, p[0].clone()};
  }

  @Test
  @PublicInputs
  void sgd(Implementations impl) {
    double[][] p = twoSteps(impl.create(Sgd.class, 0.1));
    close("SGD step 1", new double[] {0.95, -1.9}, p[0], TIGHT, "hint.opt.sgd");
    close("SGD step 2", new double[] {0.9, -1.8}, p[1], TIGHT, "hint.opt.sgd");
  }

  @Test
  @PublicInputs
  void momentum(Implementations impl) {
    double[][] p = twoSteps(impl.create(Momentum.class, 0.1, 0.9));
    // v1 = −0.1 G = (−0.05, 0.1); v2 = 0.9 v1 − 0.1 G = (−0.095, 0.19)
    close("Momentum step 1", new double[] {0.95, -1.9}, p[0], TIGHT, "hint.opt.momentum");
    close("Momentum step 2", new double[] {0.855, -1.71}, p[1], TIGHT, "hint.opt.momentum");
  }

  @Test
  @PublicInputs
  void adaGrad(Implementations impl) {
    double[][] p = twoSteps(impl.create(AdaGrad.class, 0.1));
    double[] expected1 = new double[2], expected2 = new double[2];
    double[] start = {1, -2};
    for (int i = 0; i < 2; i++) {
      double h1 = G[i] * G[i], h2 = 2 * h1;
      expected1[i] = start[i] - 0.1 * G[i] / (Math.sqrt(h1) + 1e-7);
      expected2[i] = expected1[i] - 0.1 * G[i] / (Math.sqrt(h2) + 1e-7);
    }
    close("AdaGrad step 1", expected1, p[0], TIGHT, "hint.opt.adagrad");
    close("AdaGrad step 2", expected2, p[1], TIGHT, "hint.opt.adagrad");
  }

  @Test
  @PublicInputs
  void rmsProp(Implementations impl) {
    double[][] p = twoSteps(impl.create(RmsProp.class, 0.1, 0.99));
    double[] expected1 = new double[2], expected2 = new double[2];
    double[] start = {1, -2};
    for (int i = 0; i < 2; i++) {
      double h1 = 0.01 * G[i] * G[i], h2 = 0.99 * h1 + 0.01 * G[i] * G[i];
      expected1[i] = start[i] - 0.1 * G[i] / (Math.sqrt(h1) + 1e-7);
      expected2[i] = expected1[i] - 0.1 * G[i] / (Math.sqrt(h2) + 1e-7);
    }
    close("RMSProp step 1", expected1, p[0], TIGHT, "hint.opt.rmsprop");
    close("RMSProp step 2", expected2, p[1], TIGHT, "hint.opt.rmsprop");
  }

  @Test
  @PublicInputs
  void adam(Implementations impl) {
    AdamForm form = adamForm();
    double[][] p = twoSteps(impl.create(Adam.class, 0.001, 0.9, 0.999, form));
    double[] expected = {1, -2};
    double[][] after = new double[2][];
    double[] m = new double[2], v = new double[2];
    for (int t = 1; t <= 2; t++) {
      for (int i = 0; i < 2; i++) {
        m[i] = 0.9 * m[i] + 0.1 * G[i];
        v[i] = 0.999 * v[i] + 0.001 * G[i] * G[i];
        if (form == AdamForm.TEXTBOOK) {
          double lrT = 0.001 * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
          expected[i] -= lrT * m[i] / (Math.sqrt(v[i]) + 1e-7);
        } else {
          double mHat = m[i] / (1 - Math.pow(0.9, t)), vHat = v[i] / (1 - Math.pow(0.999, t));
          expected[i] -= 0.001 * mHat / Math.sqrt(vHat + 1e-8);
        }
      }
      after[t - 1] = expected.clone();
    }
    // Both forms take a first step of almost exactly lr·sign(g): the bias correction makes m̂ = g and v̂ = g².
    close("Adam (" + form + ") step 1", after[0], p[0], Tolerance.of(1e-15, 1e-12), "hint.opt.adam");
    close("Adam (" + form + ") step 2", after[1], p[1], Tolerance.of(1e-15, 1e-12), "hint.opt.adam");
  }

  @Test
  @PublicInputs
  void everyOptimizerDescendsAQuadraticAndKeepsStatePerParameter(Implementations impl) {
    Map<String, Optimizer> all = new LinkedHashMap<>();
    all.put("SGD", impl.create(Sgd.class, 0.1));
    all.put("Momentum", impl.create(Momentum.class, 0.05, 0.9));
    all.put("AdaGrad", impl.create(AdaGrad.class, 0.5));
    all.put("RMSProp", impl.create(RmsProp.class, 0.05, 0.9));
    all.put("Adam", impl.create(Adam.class, 0.05, 0.9, 0.999, adamForm()));
    for (var e : all.entrySet()) {
      // f = Σ p², two parameters of different shapes: ∇ = 2p
      double[][] a = {{1, -2}}, b = {{3}, {0.5}, {-1}};
      Map<String, double[][]> params = new LinkedHashMap<>();
      params.put("a", a);
      params.put("b", b);
      double start = sumSquares(params);
      for (int step = 0; step < 100; step++) {
        Map<String, double[][]> grads = new LinkedHashMap<>();
        params.forEach((k, v) -> {
          double[][] g = new double[v.length][];
          for (int i = 0; i < v.length; i++) {
            g[i] = v[i].clone();
            for (int j = 0; j < g[i].length; j++) {
              g[i][j] *= 2;
            }
          }
          grads.put(k, g);
        });
        e.getValue().update(params, grads);
      }
      double end = sumSquares(params);
      holds(e.getKey() + ": Σp² fell from " + start + " to " + end + " (< 1 % of the start)", end < 0.01 * start, "hint.opt.descend");
    }
  }

  private static double sumSquares(Map<String, double[][]> params) {
    double s = 0;
    for (double[][] m : params.values()) {
      for (double[] row : m) {
        for (double v : row) {
          s += v * v;
        }
      }
    }
    return s;
  }
}
