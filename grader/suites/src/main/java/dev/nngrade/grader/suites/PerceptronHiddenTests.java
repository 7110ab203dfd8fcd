package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.equal;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.net.Perceptron;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.PerceptronContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and training runs on random data of 3 to 5 inputs: the
 * number of passes and maxEpochs against learn and predict driven as the contract says (in either of
 * its two readings, see {@link Reading}), the weights, the threshold and the predictions compared with
 * the reference's (judged in the host). Inputs are small integers and η a power of two, so every sum the rule makes is exact in
 * double whatever the order of operations: all correct implementations classify every point alike
 * (w·x − θ = 0 included, which must give 0) and agree to the bit, hence tolerance 0.
 */
public class PerceptronHiddenTests extends PerceptronContract {
  private static final Tolerance EXACT = Tolerance.abs(0);
  private static final double[] ETAS = {0.25, 0.5, 1, 2};

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /** Random integer points in [−3, 3]^d labelled by a random integer hyperplane with a half-integer threshold (never on the plane). */
  private record Data(double[][] xs, int[] ys) {}

  private static Data separable(RandomGenerator r, int d, int m) {
    double[] v = new double[d];
    for (int j = 0; j < d; j++) {
      v[j] = r.nextInt(-3, 4);
    }
    double tau = r.nextInt(-3, 3) + 0.5;
    double[][] xs = new double[m][d];
    int[] ys = new int[m];
    for (int i = 0; i < m; i++) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        xs[i][j] = r.nextInt(-3, 4);
        s += v[j] * xs[i][j];
      }
      ys[i] = s - tau > 0 ? 1 : 0;
    }
    return new Data(xs, ys);
  }

  /**
   * The contract's passes (the test's own arithmetic, exact here): only used to choose a {@code
   * maxEpochs} that is just enough, never compared with the implementation itself.
   */
  private static int passes(Data data, double eta, int maxEpochs) {
    int d = data.xs()[0].length;
    double[] w = new double[d];
    double theta = 0;
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      for (int i = 0; i < data.xs().length; i++) {
        double e = data.ys()[i] - (net(w, theta, data.xs()[i]) > 0 ? 1 : 0);
        for (int j = 0; j < d; j++) {
          w[j] += eta * e * data.xs()[i][j];
        }
        theta -= eta * e;
      }
      boolean right = true;
      for (int i = 0; i < data.xs().length; i++) {
        right &= (net(w, theta, data.xs()[i]) > 0 ? 1 : 0) == data.ys()[i];
      }
      if (right) {
        return epoch;
      }
    }
    return -1;
  }

  private static double net(double[] w, double theta, double[] x) {
    double s = 0;
    for (int j = 0; j < w.length; j++) {
      s += w[j] * x[j];
    }
    return s - theta;
  }

  private static void judgeState(String what, Perceptron p, Data data) {
    Judge.same("weights " + what, p.weights(), EXACT, "hint.perceptron.rule");
    Judge.same("threshold " + what, p.threshold(), EXACT, "hint.perceptron.threshold");
    int[] predicted = new int[data.xs().length];
    for (int i = 0; i < predicted.length; i++) {
      predicted[i] = p.predict(data.xs()[i]);
    }
    Judge.same("predictions on the samples " + what, predicted, "hint.perceptron.predict");
  }

  /** A new perceptron of {@code d} inputs, checked to have {@code d} weights. */
  private static Perceptron create(Implementations impl, int d, double eta) {
    Perceptron p = impl.create(Perceptron.class, d, eta);
    double[] w = p.weights();
    holds("a new perceptron of " + d + " inputs has " + d + " weights (it has " + (w == null ? "none" : w.length) + ")", w != null && w.length == d,
        "hint.perceptron.inputs");
    return p;
  }

  /**
   * The two readings of the contract's "until a whole pass classifies every sample correctly": the
   * reference stops after the first pass at whose end predict is right on every sample; another reading
   * (the one three independent correct solutions chose) stops at the first pass in which no sample was
   * misclassified, one pass later, with the same weights (that pass changes nothing). Both are accepted,
   * as long as train follows one of them, maxEpochs included.
   */
  private enum Reading {
    AFTER_THE_PASS,
    CLEAN_PASS
  }

  /**
   * What train must do in one reading, done with the implementation's own learn and predict: passes
   * over the samples in the given order. Comparing train with this tells the loop's mistakes (order,
   * counting, maxEpochs) from the rule's.
   */
  private static int drive(Perceptron q, Data data, int maxEpochs, Reading reading) {
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      boolean clean = true;
      for (int i = 0; i < data.xs().length; i++) {
        clean &= q.predict(data.xs()[i]) == data.ys()[i];
        q.learn(data.xs()[i], data.ys()[i]);
      }
      boolean right = true;
      for (int i = 0; i < data.xs().length; i++) {
        right &= q.predict(data.xs()[i]) == data.ys()[i];
      }
      if (reading == Reading.CLEAN_PASS ? clean : right) {
        return epoch;
      }
    }
    return -1;
  }

  /**
   * train against the implementation's own learn and predict driven in either reading (local), then
   * the state, which is the same in both readings, against the reference's (judged).
   */
  private static void trainAndCheck(Implementations impl, String what, Data data, int d, double eta, int maxEpochs) {
    Perceptron p = create(impl, d, eta), after = create(impl, d, eta), clean = create(impl, d, eta);
    int passes = p.train(data.xs(), data.ys(), maxEpochs);
    int afterPasses = drive(after, data, maxEpochs, Reading.AFTER_THE_PASS), cleanPasses = drive(clean, data, maxEpochs, Reading.CLEAN_PASS);
    holds("train(…, " + maxEpochs + ") " + what + " returns the passes of learn applied in order until predict is right on all after a pass (" + afterPasses
        + "), or until a pass without an error (" + cleanPasses + "); it returned " + passes, passes == afterPasses || passes == cleanPasses,
        "hint.perceptron.passes");
    Perceptron q = passes == afterPasses ? after : clean;
    close("weights after train " + what + ", against learn applied in order for the same passes", q.weights(), p.weights(), EXACT, "hint.perceptron.train");
    close("threshold after train " + what + ", against learn applied in order for the same passes", q.threshold(), p.threshold(), EXACT,
        "hint.perceptron.train");
    judgeState("after train(…, " + maxEpochs + ") " + what, p, data);
  }

  /** Separable data of 3 to 5 inputs: the passes, the weights and threshold, and the predictions agree with the reference. */
  @Test
  void trainingOnSeparableDataAgreesWithTheReference(Implementations impl) {
    RandomGenerator r = random("separable");
    for (int trial = 0; trial < trials(); trial++) {
      int d = 3 + r.nextInt(3), m = new int[] {5, 7, 11}[r.nextInt(3)];
      double eta = ETAS[r.nextInt(ETAS.length)];
      Data data = separable(r, d, m);
      trainAndCheck(impl, "(" + m + " samples of " + d + " inputs, η = " + eta + ", trial " + trial + ")", data, d, eta, 1000);
    }
  }

  /**
   * maxEpochs equal to the passes that train itself counts (in its reading) is enough; one fewer is not
   * (−1), and the weights are those after exactly that many passes.
   */
  @Test
  void maxEpochsIsTheNumberOfPassesAllowed(Implementations impl) {
    RandomGenerator r = random("max-epochs");
    for (int trial = 0; trial < trials(); trial++) {
      int d = 3 + r.nextInt(3), m = new int[] {5, 7, 11}[r.nextInt(3)];
      double eta = ETAS[r.nextInt(ETAS.length)];
      Data data = separable(r, d, m);
      int needed = passes(data, eta, 1000);
      if (needed < 2) {
        continue; // too easy for this check (depends on the inputs only)
      }
      String what = "(" + m + " samples of " + d + " inputs, η = " + eta + ", trial " + trial + ")";
      // the rule first, by learn and predict alone over the passes needed (a wrong rule fails here, with its hint)
      Perceptron probe = create(impl, d, eta);
      drive(probe, data, needed, Reading.AFTER_THE_PASS);
      Judge.same("weights after " + needed + " passes of learn in order " + what, probe.weights(), EXACT, "hint.perceptron.rule");
      Judge.same("threshold after " + needed + " passes of learn in order " + what, probe.threshold(), EXACT, "hint.perceptron.threshold");
      int counted = create(impl, d, eta).train(data.xs(), data.ys(), 1000);
      holds("train(…, 1000) " + what + " returns " + needed + " (the pass after which every sample is right) or " + (needed + 1)
          + " (the first pass without an error); it returned " + counted, counted == needed || counted == needed + 1, "hint.perceptron.passes");
      Perceptron enough = create(impl, d, eta);
      equal("train(…, maxEpochs = " + counted + ") " + what + ": as many passes as train(…, 1000) counted are enough", counted,
          enough.train(data.xs(), data.ys(), counted), "hint.perceptron.max-epochs");
      Perceptron tooFew = create(impl, d, eta), driven = create(impl, d, eta);
      equal("train(…, maxEpochs = " + (counted - 1) + ") " + what + ": one pass fewer is not enough", -1, tooFew.train(data.xs(), data.ys(), counted - 1),
          "hint.perceptron.max-epochs");
      drive(driven, data, counted - 1, Reading.AFTER_THE_PASS);
      close("weights after train(…, " + (counted - 1) + ") " + what + ", against learn applied in order for " + (counted - 1) + " passes", driven.weights(),
          tooFew.weights(), EXACT, "hint.perceptron.max-epochs");
    }
  }

  /** Data that is (almost surely) not separable: −1, and the state after exactly maxEpochs passes. */
  @Test
  void inseparableDataRunsExactlyMaxEpochsPasses(Implementations impl) {
    RandomGenerator r = random("inseparable");
    for (int trial = 0; trial < trials(); trial++) {
      int d = 3 + r.nextInt(3), m = 11;
      double eta = ETAS[r.nextInt(ETAS.length)];
      Data base = separable(r, d, m);
      int[] flipped = base.ys().clone();
      for (int i = 0; i < m; i += 3) {
        flipped[i] = 1 - flipped[i];
      }
      Data data = new Data(base.xs(), flipped);
      int max = 3 + r.nextInt(5);
      trainAndCheck(impl, "(" + m + " samples of " + d + " inputs, labels flipped, η = " + eta + ", trial " + trial + ")", data, d, eta, max);
    }
  }

  /** learn alone, one sample at a time: the rule, and predict exactly on the plane w·x − θ = 0 gives 0. */
  @Test
  void learnStepByStepAgreesWithTheReference(Implementations impl) {
    RandomGenerator r = random("learn");
    int d = 4;
    double eta = 0.5;
    Data data = separable(r, d, 7);
    Perceptron p = create(impl, d, eta);
    for (int i = 0; i < data.xs().length; i++) {
      p.learn(data.xs()[i], data.ys()[i]);
      Judge.same("weights after learn of sample " + i, p.weights(), EXACT, "hint.perceptron.rule");
      Judge.same("threshold after learn of sample " + i, p.threshold(), EXACT, "hint.perceptron.threshold");
    }
    // the origin sits on the plane exactly when θ = 0; a point on it must give 0
    Perceptron fresh = create(impl, d, eta);
    Judge.same("predict(0) of a new perceptron (w·x − θ = 0)", new int[] {fresh.predict(new double[d])}, "hint.perceptron.predict");
  }
}
