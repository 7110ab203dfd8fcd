package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.equal;

import dev.nngrade.contract.train.SoftmaxClassifier;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.SoftmaxClassifierContract;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and training runs pinned against the reference's
 * trajectory (judged in the host): the starting point (W = 0, b = 0), the loss each step returns
 * (before its update), W and b after every step with the learning rate given to that step, the
 * probabilities and predictions along the way; inputs ≠ classes, prime batch sizes that change
 * from step to step, inputs large enough that softmax must subtract the maximum, and two classifiers
 * used in turn.
 *
 * <p>Tolerance: every value is a short chain of sums of at most 7 products of values of a few units,
 * exp and log, over at most 6 steps: any order of operations stays within about 1e-14 of the reference,
 * inside 1e-12 absolute plus 1e-10 relative, while a wrong learning rate, a wrong 1/N or a loss taken
 * after the update is off by 1e-3 or more.
 */
public class SoftmaxClassifierHiddenTests extends SoftmaxClassifierContract {
  private static final Tolerance TOL = Tolerance.of(1e-12, 1e-10);
  private static final int[] BATCHES = {1, 2, 3, 5, 7, 11};

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  private static int[] labels(RandomGenerator r, int n, int k) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = r.nextInt(k);
    }
    return y;
  }

  private static void judgeState(String what, SoftmaxClassifier c, double[][] probe) {
    Judge.same("W " + what, c.weights(), TOL, "hint.classify.gradient");
    Judge.same("b " + what, c.bias(), TOL, "hint.classify.gradient");
    Judge.same("probabilities of the probe rows " + what, c.probabilities(Numeric.copy(probe)), TOL, "hint.classify.probabilities");
    Judge.same("predictions of the probe rows " + what, c.predict(Numeric.copy(probe)), "hint.classify.predict");
  }

  /** Steps on new batches with new learning rates: each step's loss, and the state after it, are the reference's. */
  @Test
  void trainingTrajectoryAgreesWithTheReference(Implementations impl) {
    RandomGenerator r = random("trajectory");
    for (int trial = 0; trial < 3; trial++) {
      int inputs = 2 + r.nextInt(4), classes;
      do {
        classes = 2 + r.nextInt(4);
      } while (classes == inputs);
      double[][] probe = Numeric.uniform(r, 4, inputs, -2, 2);
      SoftmaxClassifier c = impl.create(SoftmaxClassifier.class, inputs, classes);
      String shape = " (" + inputs + " inputs, " + classes + " classes, trial " + trial + ")";
      Judge.same("W before any step" + shape, c.weights(), TOL, "hint.classify.init");
      Judge.same("b before any step" + shape, c.bias(), TOL, "hint.classify.init");
      for (int step = 1; step <= 6; step++) {
        int n = BATCHES[r.nextInt(BATCHES.length)];
        double lr = 0.05 + 0.95 * r.nextDouble();
        double[][] x = Numeric.uniform(r, n, inputs, -2, 2);
        int[] y = labels(r, n, classes);
        String what = String.format(Locale.ROOT, "after step %d (batch of %d, lr %.4f)%s", step, n, lr, shape);
        Judge.same("loss returned by step " + step + shape, c.step(x, y, lr), TOL, "hint.classify.loss");
        judgeState(what, c, probe);
      }
    }
  }

  /** Inputs of several hundred make the scores reach thousands after one step: softmax must subtract the row maximum. */
  @Test
  void largeInputsDoNotOverflow(Implementations impl) {
    RandomGenerator r = random("large");
    int inputs = 3, classes = 4;
    SoftmaxClassifier c = impl.create(SoftmaxClassifier.class, inputs, classes);
    double[][] probe = Numeric.uniform(r, 3, inputs, -600, 600);
    // scores of thousands: exp(a − max) and log-sum-exp differ by the ulps of the scores (about 1e-12 relative after exp)
    Tolerance tol = Tolerance.of(1e-9, 1e-9);
    for (int step = 1; step <= 3; step++) {
      double[][] x = Numeric.uniform(r, 5, inputs, -600, 600);
      int[] y = labels(r, 5, classes);
      double loss = c.step(x, y, 0.5);
      // probabilities first: without the maximum they are NaN; with them right, a wrong loss is the loss's own mistake
      Judge.same("probabilities after step " + step + " on inputs of several hundred", c.probabilities(Numeric.copy(probe)), tol, "hint.classify.overflow");
      Judge.same("loss returned by step " + step + " on inputs of several hundred", loss, tol, "hint.classify.loss");
    }
  }

  /** Two classifiers trained in turn give what each gives trained alone (which is compared with the reference first). */
  @Test
  void twoClassifiersKeepTheirOwnParameters(Implementations impl) {
    RandomGenerator r = random("two");
    double[][][] xa = new double[3][][], xb = new double[3][][];
    int[][] ya = new int[3][], yb = new int[3][];
    for (int step = 0; step < 3; step++) {
      xa[step] = Numeric.uniform(r, 5, 3, -2, 2);
      xb[step] = Numeric.uniform(r, 3, 3, -2, 2);
      ya[step] = labels(r, 5, 2);
      yb[step] = labels(r, 3, 2);
    }
    SoftmaxClassifier alone = impl.create(SoftmaxClassifier.class, 3, 2);
    double[] lossesAlone = new double[3];
    double[][][] weightsAlone = new double[3][][];
    for (int step = 0; step < 3; step++) {
      lossesAlone[step] = alone.step(Numeric.copy(xa[step]), ya[step].clone(), 0.3);
      weightsAlone[step] = Copies.of(alone.weights()); // weights() may return the classifier's own array, which the next step changes
      Judge.same("W after step " + (step + 1) + " of a classifier trained alone", weightsAlone[step], TOL, "hint.classify.gradient");
    }
    SoftmaxClassifier a = impl.create(SoftmaxClassifier.class, 3, 2), b = impl.create(SoftmaxClassifier.class, 3, 2);
    for (int step = 0; step < 3; step++) {
      double la = a.step(Numeric.copy(xa[step]), ya[step].clone(), 0.3);
      b.step(Numeric.copy(xb[step]), yb[step].clone(), 0.7);
      String what = " at step " + (step + 1) + ", trained in turn with a second classifier, against it trained alone";
      close("first classifier's loss" + what, lossesAlone[step], la, Tolerance.abs(0), "hint.classify.instances");
      close("first classifier's W" + what, weightsAlone[step], a.weights(), Tolerance.abs(0), "hint.classify.instances");
    }
  }

  /** step leaves x and the labels as they were. */
  @Test
  void stepLeavesItsArgumentsAlone(Implementations impl) {
    RandomGenerator r = random("arguments");
    double[][] x = Numeric.uniform(r, 5, 3, -2, 2);
    int[] y = labels(r, 5, 4);
    double[][] keptX = Numeric.copy(x);
    int[] keptY = y.clone();
    SoftmaxClassifier c = impl.create(SoftmaxClassifier.class, 3, 4);
    c.step(x, y, 0.5);
    c.probabilities(x);
    c.predict(x);
    close("x after step, probabilities and predict (it must not change)", keptX, x, Tolerance.abs(0), "hint.classify.arguments");
    equal("labels after step (they must not change)", keptY, y, "hint.classify.arguments");
  }
}
