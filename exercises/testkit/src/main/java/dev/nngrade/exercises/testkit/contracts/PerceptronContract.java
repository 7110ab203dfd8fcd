package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;
import static dev.nngrade.exercises.testkit.Expect.equal;
import static dev.nngrade.exercises.testkit.Expect.holds;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.net.Perceptron;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Tolerance;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.PERCEPTRON)
public abstract class PerceptronContract extends ExerciseContract {
  private static final double[][] INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

  @Test
  @PublicInputs
  void learningRuleWorkedOutByHand(Implementations impl) {
    Perceptron p = impl.create(Perceptron.class, 2, 0.5);
    // w = 0, θ = 0: w·x − θ = 0 is not > 0, so ŷ = 0; with y = 1: w += 0.5·(1, 1), θ −= 0.5
    p.learn(new double[] {1, 1}, 1);
    close("w after learn((1, 1), 1)", new double[] {0.5, 0.5}, p.weights(), Tolerance.abs(1e-15), "hint.perceptron.rule");
    close("θ after learn((1, 1), 1)", -0.5, p.threshold(), Tolerance.abs(1e-15), "hint.perceptron.threshold");
    // now w·(0, 1) − θ = 1 > 0 → ŷ = 1; with y = 0: w −= 0.5·(0, 1), θ += 0.5
    p.learn(new double[] {0, 1}, 0);
    close("w after learn((0, 1), 0)", new double[] {0.5, 0}, p.weights(), Tolerance.abs(1e-15), "hint.perceptron.rule");
    close("θ after learn((0, 1), 0)", 0, p.threshold(), Tolerance.abs(1e-15), "hint.perceptron.threshold");
    equal("predict((1, 0)) with w = (0.5, 0), θ = 0", 1, p.predict(new double[] {1, 0}), "hint.perceptron.predict");
    equal("predict((0, 1)) with w = (0.5, 0), θ = 0", 0, p.predict(new double[] {0, 1}), "hint.perceptron.predict");
  }

  @Test
  @PublicInputs
  void andAndOrAreLearned(Implementations impl) {
    learns(impl, "AND", new int[] {0, 0, 0, 1});
    learns(impl, "OR", new int[] {0, 1, 1, 1});
  }

  /**
   * η = 0.5, samples in the order (0,0), (0,1), (1,0), (1,1): the learning rule changes w and θ in
   * passes 1 to 5; after pass 5 (not before) predict is right on all four, with w = (1, 0.5), θ = 1, and
   * pass 6 is the first in which no sample is misclassified. "Until a whole pass classifies every sample
   * correctly" is read both ways, so train may return 5 (the pass that left every sample right) or 6
   * (the pass that found no error); maxEpochs must then agree with the count it gives.
   */
  @Test
  @PublicInputs
  void andWithEtaOneHalfWorkedOutByHand(Implementations impl) {
    int[] and = {0, 0, 0, 1};
    Perceptron p = impl.create(Perceptron.class, 2, 0.5);
    int passes = p.train(INPUTS, and, 100);
    holds("train(AND, η = 0.5, 100 epochs) returns 5 (the pass after which every sample is right) or 6 (the first pass without an error); it returned "
        + passes, passes == 5 || passes == 6, "hint.perceptron.passes");
    close("w after training AND", new double[] {1, 0.5}, p.weights(), Tolerance.abs(0), "hint.perceptron.rule");
    close("θ after training AND", 1, p.threshold(), Tolerance.abs(0), "hint.perceptron.threshold");
    Perceptron justEnough = impl.create(Perceptron.class, 2, 0.5);
    equal("train(AND, η = 0.5, maxEpochs = " + passes + "): as many passes as train(…, 100) needed are enough", passes,
        justEnough.train(INPUTS, and, passes), "hint.perceptron.max-epochs");
    Perceptron tooFew = impl.create(Perceptron.class, 2, 0.5);
    equal("train(AND, η = 0.5, maxEpochs = " + (passes - 1) + "): one pass fewer is not enough", -1, tooFew.train(INPUTS, and, passes - 1),
        "hint.perceptron.max-epochs");
  }

  @Test
  @PublicInputs
  void xorIsNotLearned(Implementations impl) {
    Perceptron p = impl.create(Perceptron.class, 2, 0.1);
    equal("train(XOR, 100 epochs)", -1, p.train(INPUTS, new int[] {0, 1, 1, 0}, 100), "hint.perceptron.xor");
  }

  private static void learns(Implementations impl, String name, int[] ys) {
    Perceptron p = impl.create(Perceptron.class, 2, 0.1);
    int epochs = p.train(INPUTS, ys, 100);
    holds("train(" + name + ") separates the data within 100 epochs (returned " + epochs + ")", epochs >= 1, "hint.perceptron.train");
    for (int i = 0; i < INPUTS.length; i++) {
      equal(name + ": predict(" + java.util.Arrays.toString(INPUTS[i]) + ") after training", ys[i], p.predict(INPUTS[i]), "hint.perceptron.predict");
    }
  }
}
