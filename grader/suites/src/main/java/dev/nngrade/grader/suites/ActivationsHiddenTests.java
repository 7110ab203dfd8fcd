package dev.nngrade.grader.suites;

import static dev.nngrade.exercises.testkit.Expect.close;

import dev.nngrade.contract.function.Activations;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.PublicInputs;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.ActivationsContract;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds and more random cases; the edge points the Javadoc defines
 * (step and the derivatives of ReLU and leaky ReLU at exactly 0), leaky ReLU with other slopes than
 * 0.01, and every function compared with the reference (judged in the host) over wide ranges.
 */
public class ActivationsHiddenTests extends ActivationsContract {
  private static final Tolerance EXACT = Tolerance.abs(0);
  /**
   * One or two rounded operations on exp or tanh: correct forms (1/(1 + e^−x), e^x/(1 + e^x),
   * Math.exp or StrictMath.exp, σ(1 − σ) or e^−x/(1 + e^−x)²) agree to a few ulps relative, except
   * where 1 − σ or 1 − tanh² cancels, there to an ulp of 1 absolute.
   */
  private static final Tolerance SMOOTH = Tolerance.of(1e-15, 1e-12);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  @Test
  @PublicInputs
  void theEdgePointsTheJavadocDefines(Implementations impl) {
    Activations a = impl.get(Activations.class);
    close("step(0)", 0, a.step(0), EXACT, "hint.activations.step-at-zero");
    close("step(1e-300)", 1, a.step(1e-300), EXACT, "hint.activations.step");
    close("step(-1e-300)", 0, a.step(-1e-300), EXACT, "hint.activations.step");
    close("stepDerivative(-0.5)", 0, a.stepDerivative(-0.5), EXACT, "hint.activations.step");
    close("relu(0)", 0, a.relu(0), EXACT, "hint.activations.relu");
    close("reluDerivative(0)", 0, a.reluDerivative(0), EXACT, "hint.activations.relu-derivative");
    close("reluDerivative(1e-300)", 1, a.reluDerivative(1e-300), EXACT, "hint.activations.relu-derivative");
    close("leakyRelu(0, 0.01)", 0, a.leakyRelu(0, 0.01), EXACT, "hint.activations.leaky");
    close("leakyReluDerivative(0, 0.01)", 0.01, a.leakyReluDerivative(0, 0.01), EXACT, "hint.activations.leaky-at-zero");
    close("identityDerivative(0)", 1, a.identityDerivative(0), EXACT, "hint.activations.identity");
  }

  @Test
  @PublicInputs
  void leakyReluUsesTheSlopeItIsGiven(Implementations impl) {
    Activations a = impl.get(Activations.class);
    for (double alpha : new double[] {0.2, 0.05, 0.3}) {
      close("leakyRelu(-2, " + alpha + ")", alpha * -2, a.leakyRelu(-2, alpha), EXACT, "hint.activations.leaky-alpha");
      close("leakyRelu(3, " + alpha + ")", 3, a.leakyRelu(3, alpha), EXACT, "hint.activations.leaky");
      close("leakyReluDerivative(-1, " + alpha + ")", alpha, a.leakyReluDerivative(-1, alpha), EXACT, "hint.activations.leaky-alpha");
      close("leakyReluDerivative(2, " + alpha + ")", 1, a.leakyReluDerivative(2, alpha), EXACT, "hint.activations.leaky");
    }
  }

  private static double[] map(double[] xs, DoubleUnaryOperator f) {
    double[] y = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      y[i] = f.applyAsDouble(xs[i]);
    }
    return y;
  }

  @Test
  void everyFunctionAgreesWithTheReferenceOverWideRanges(Implementations impl) {
    Activations a = impl.get(Activations.class);
    RandomGenerator r = random("reference");
    for (double range : new double[] {1, 20, 800}) {
      double[] xs = new double[40];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = range * (2 * r.nextDouble() - 1);
      }
      double alpha = 0.01 + 0.4 * r.nextDouble();
      String at = " at 40 points in [-" + range + ", " + range + "]";
      Judge.same("step" + at, map(xs, a::step), EXACT, "hint.activations.step");
      Judge.same("sigmoid" + at, map(xs, a::sigmoid), SMOOTH, "hint.activations.sigmoid");
      Judge.same("sigmoidDerivative" + at, map(xs, a::sigmoidDerivative), SMOOTH, "hint.activations.sigmoid-derivative");
      Judge.same("tanh" + at, map(xs, a::tanh), SMOOTH, "hint.activations.tanh");
      Judge.same("tanhDerivative" + at, map(xs, a::tanhDerivative), SMOOTH, "hint.activations.tanh-derivative");
      Judge.same("relu" + at, map(xs, a::relu), EXACT, "hint.activations.relu");
      Judge.same("reluDerivative" + at, map(xs, a::reluDerivative), EXACT, "hint.activations.relu-derivative");
      Judge.same("leakyRelu (slope " + alpha + ")" + at, map(xs, x -> a.leakyRelu(x, alpha)), Tolerance.of(0, 1e-15), "hint.activations.leaky-alpha");
      Judge.same("leakyReluDerivative (slope " + alpha + ")" + at, map(xs, x -> a.leakyReluDerivative(x, alpha)), EXACT, "hint.activations.leaky-alpha");
      Judge.same("identity" + at, map(xs, a::identity), EXACT, "hint.activations.identity");
    }
  }
}
