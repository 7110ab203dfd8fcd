package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.gradient;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.TWO_LAYER_NET)
public abstract class TwoLayerNetworkContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-15, 1e-13);

  /** Parameters in the contract's layout, drawn from {@code r}. */
  public static Map<String, double[][]> params(RandomGenerator r, int in, int hidden, int out) {
    Map<String, double[][]> p = new LinkedHashMap<>();
    p.put("W1", Numeric.uniform(r, in, hidden, -1, 1));
    p.put("b1", Numeric.uniform(r, 1, hidden, -0.5, 0.5));
    p.put("W2", Numeric.uniform(r, hidden, out, -1, 1));
    p.put("b2", Numeric.uniform(r, 1, out, -0.5, 0.5));
    return p;
  }

  static double[][] oneHotRows(RandomGenerator r, int n, int k) {
    double[][] t = new double[n][k];
    for (double[] row : t) {
      row[r.nextInt(k)] = 1;
    }
    return t;
  }

  /**
   * The network computes with the very arrays it was given: after one element is changed in place,
   * its loss is that of a new network made with the changed values. Checked before any comparison that
   * changes the arrays in place (central differences), so that a network working on copies is told so.
   */
  static void computesWithTheArraysItWasGiven(Implementations impl, TwoLayerNetwork net, Map<String, double[][]> p, double[][] x, double[][] t) {
    double[][] b2 = p.get("b2");
    double keep = b2[0][0];
    b2[0][0] = keep + 0.5;
    double changed = net.loss(x, t);
    Map<String, double[][]> copies = new LinkedHashMap<>();
    p.forEach((k, v) -> copies.put(k, Numeric.copy(v)));
    double fresh = impl.create(TwoLayerNetwork.class, copies).loss(x, t);
    b2[0][0] = keep;
    close("loss after b2[0][0] was changed in place, against a new network made with the changed values", fresh, changed, Tolerance.abs(0),
        "hint.tln.params-in-place");
  }

  @Test
  @PublicInputs
  void predictLossAndAccuracyWorkedOutByHand(Implementations impl) {
    // W1 = 0, b1 = 0 → z1 = (1/2, 1/2); a2 = (½ ln 3 + ½ ln 3, 0) = (ln 3, 0) → y = (3/4, 1/4) for every x
    Map<String, double[][]> p = new LinkedHashMap<>();
    p.put("W1", new double[2][2]);
    p.put("b1", new double[1][2]);
    p.put("W2", new double[][] {{Math.log(3), 0}, {Math.log(3), 0}});
    p.put("b2", new double[1][2]);
    TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
    double[][] x = {{1, 2}, {-3, 0.5}};
    close("predict", new double[][] {{0.75, 0.25}, {0.75, 0.25}}, net.predict(x), EXACT, "hint.tln.predict");
    double[][] t = {{1, 0}, {0, 1}};
    close("loss", -(Math.log(0.75 + 1e-7) + Math.log(0.25 + 1e-7)) / 2, net.loss(x, t), EXACT, "hint.tln.loss");
    close("accuracy", 0.5, net.accuracy(x, t), EXACT, "hint.tln.accuracy");
  }

  @Test
  @Points(2)
  void gradientAgreesWithCentralDifferences(Implementations impl) {
    RandomGenerator r = random("gradient");
    for (int trial = 0; trial < trials(); trial++) {
      int in = 2 + r.nextInt(4), hidden = 2 + r.nextInt(4), out = 2 + r.nextInt(3), n = 2 + r.nextInt(3); // N ≥ 2 so that 1/N matters
      Map<String, double[][]> p = params(r, in, hidden, out);
      double[][] x = Numeric.uniform(r, n, in, -1, 1), t = oneHotRows(r, n, out);
      TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
      computesWithTheArraysItWasGiven(impl, net, p, x, t);
      Map<String, double[][]> g = net.gradient(x, t);
      for (String key : p.keySet()) {
        double[][] numeric = Numeric.gradient(p.get(key), () -> net.loss(x, t));
        // the textbook's backward ignores the 1e-7 in the log: about 1e-7/y apart from the exact gradient
        gradient("gradient " + key, numeric, g.get(key), Tolerance.of(1e-6, 1e-5), "hint.tln.gradient");
      }
    }
  }

  @Test
  void numericalGradientIsCentralAndRestoresTheParameters(Implementations impl) {
    RandomGenerator r = random("numerical");
    Map<String, double[][]> p = params(r, 3, 4, 2);
    Map<String, double[][]> before = new LinkedHashMap<>();
    p.forEach((k, v) -> before.put(k, Numeric.copy(v)));
    double[][] x = Numeric.uniform(r, 3, 3, -1, 1), t = oneHotRows(r, 3, 2);
    TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
    computesWithTheArraysItWasGiven(impl, net, p, x, t);
    Map<String, double[][]> g = net.numericalGradient(x, t);
    for (String key : p.keySet()) {
      close(key + " after numericalGradient (it must be restored)", before.get(key), p.get(key), Tolerance.abs(0), "hint.tln.restore");
      gradient("numericalGradient " + key, Numeric.gradient(p.get(key), () -> net.loss(x, t)), g.get(key), Tolerance.of(1e-9, 1e-7), "hint.tln.numerical");
    }
  }

  @Test
  void paramsAreTheArraysTheNetworkWasGiven(Implementations impl) {
    Map<String, double[][]> p = params(random("params"), 2, 3, 2);
    TwoLayerNetwork net = impl.create(TwoLayerNetwork.class, p);
    for (String key : p.keySet()) {
      holds("params().get(\"" + key + "\") is the array given to the constructor", net.params().get(key) == p.get(key), "hint.tln.params");
    }
  }
}
