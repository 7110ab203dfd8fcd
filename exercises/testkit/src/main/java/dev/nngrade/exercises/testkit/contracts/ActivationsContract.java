package dev.nngrade.exercises.testkit.contracts;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.function.Activations;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Numeric;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

@ForExercise(Exercise.ACTIVATIONS)
public abstract class ActivationsContract extends ExerciseContract {
  private static final Tolerance EXACT = Tolerance.of(1e-15, 1e-15);

  @Test
  @PublicInputs
  void valuesAtPointsWorkedOutByHand(Implementations impl) {
    Activations a = impl.get(Activations.class);
    close("step(-1)", 0, a.step(-1), EXACT, "hint.activations.step");
    close("step(2)", 1, a.step(2), EXACT, "hint.activations.step");
    close("sigmoid(0)", 0.5, a.sigmoid(0), EXACT, "hint.activations.sigmoid");
    close("sigmoid(ln 3)", 0.75, a.sigmoid(Math.log(3)), EXACT, "hint.activations.sigmoid");
    close("tanh(0)", 0, a.tanh(0), EXACT, "hint.activations.tanh");
    close("tanh(atanh 0.5)", 0.5, a.tanh(0.5 * Math.log(3)), EXACT, "hint.activations.tanh");
    close("relu(-2)", 0, a.relu(-2), EXACT, "hint.activations.relu");
    close("relu(3)", 3, a.relu(3), EXACT, "hint.activations.relu");
    close("leakyRelu(-2, 0.01)", -0.02, a.leakyRelu(-2, 0.01), EXACT, "hint.activations.leaky");
    close("leakyRelu(3, 0.01)", 3, a.leakyRelu(3, 0.01), EXACT, "hint.activations.leaky");
    close("identity(-1.5)", -1.5, a.identity(-1.5), EXACT, "hint.activations.identity");
  }

  @Test
  @PublicInputs
  void derivativesAtPointsWorkedOutByHand(Implementations impl) {
    Activations a = impl.get(Activations.class);
    close("sigmoidDerivative(0)", 0.25, a.sigmoidDerivative(0), EXACT, "hint.activations.sigmoid-derivative");
    close("sigmoidDerivative(ln 3)", 0.1875, a.sigmoidDerivative(Math.log(3)), EXACT, "hint.activations.sigmoid-derivative");
    close("tanhDerivative(0)", 1, a.tanhDerivative(0), EXACT, "hint.activations.tanh-derivative");
    close("reluDerivative(-2)", 0, a.reluDerivative(-2), EXACT, "hint.activations.relu-derivative");
    close("reluDerivative(3)", 1, a.reluDerivative(3), EXACT, "hint.activations.relu-derivative");
    close("reluDerivative(0)", 0, a.reluDerivative(0), EXACT, "hint.activations.relu-derivative");
    close("leakyReluDerivative(-2, 0.01)", 0.01, a.leakyReluDerivative(-2, 0.01), EXACT, "hint.activations.leaky");
    close("stepDerivative(2)", 0, a.stepDerivative(2), EXACT, "hint.activations.step");
    close("identityDerivative(7)", 1, a.identityDerivative(7), EXACT, "hint.activations.identity");
  }

  @Test
  void derivativesAgreeWithCentralDifferences(Implementations impl) {
    Activations a = impl.get(Activations.class);
    RandomGenerator r = random("derivatives");
    double alpha = 0.1;
    for (int trial = 0; trial < 4 * trials(); trial++) {
      double x = (r.nextBoolean() ? 1 : -1) * (0.05 + 3 * r.nextDouble());
      check("sigmoid", a::sigmoid, a.sigmoidDerivative(x), x, "hint.activations.sigmoid-derivative");
      check("tanh", a::tanh, a.tanhDerivative(x), x, "hint.activations.tanh-derivative");
      check("relu", a::relu, a.reluDerivative(x), x, "hint.activations.relu-derivative");
      check("leakyRelu", v -> a.leakyRelu(v, alpha), a.leakyReluDerivative(x, alpha), x, "hint.activations.leaky");
      check("identity", a::identity, a.identityDerivative(x), x, "hint.activations.identity");
    }
  }

  @Test
  @PublicInputs
  void largeInputsDoNotOverflow(Implementations impl) {
    Activations a = impl.get(Activations.class);
    close("sigmoid(1000)", 1, a.sigmoid(1000), EXACT, "hint.activations.sigmoid");
    close("sigmoid(-1000)", 0, a.sigmoid(-1000), EXACT, "hint.activations.sigmoid");
    close("tanh(1000)", 1, a.tanh(1000), EXACT, "hint.activations.tanh");
    close("sigmoidDerivative(-1000)", 0, a.sigmoidDerivative(-1000), EXACT, "hint.activations.sigmoid-derivative");
  }

  private static void check(String name, DoubleUnaryOperator f, double derivative, double x, String hint) {
    double numeric = (f.applyAsDouble(x + Numeric.H) - f.applyAsDouble(x - Numeric.H)) / (2 * Numeric.H);
    close(name + "'(" + x + ")", numeric, derivative, Tolerance.of(1e-7, 1e-6), hint);
  }
}
