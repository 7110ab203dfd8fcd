package dev.nngrade.grader.suites;

import dev.nngrade.contract.net.HiddenActivation;
import dev.nngrade.contract.train.RegressionTraining;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Points;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.exercises.testkit.contracts.RegressionTrainingContract;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hidden: the contract with hidden seeds, and the training loop pinned against the reference's losses
 * (judged in the host) step by step.
 *
 * <p>The contract fixes which draws there are (every weight and bias from {@code nextGaussian()}, x0
 * and x1 from {@code nextDouble()}) but not their order, so the runs here take a {@link Scripted}
 * generator: every Gaussian draw is the same number g and the uniform draws repeat (x0, x1), which
 * makes every order of drawing give the same network and the same samples. With all parameters equal
 * to g the five hidden units are alike; choosing g so that each unit's total input is the fixed point
 * u* = σ(u*) ≈ 0.659 makes the first forward pass the same under ReLU and the sigmoid. The checks come
 * in an order in which each one is the first to see one mistake: the initialisation, the loss formula,
 * when the loss is taken, which parameters move, the learning rate, the activation's derivative.
 */
public class RegressionTrainingHiddenTests extends RegressionTrainingContract {
  private static final int HIDDEN = 5;
  /**
   * Losses of gradient descent on a network of 16 parameters: every step is a few dozen rounded
   * operations, and the descent does not amplify them over 25 steps; 1e-10 relative is loose for any
   * order of operations. 1e-24 absolute: losses that are 0 up to rounding (~1e-31) count as 0.
   */
  private static final Tolerance LOSSES = Tolerance.of(1e-24, 1e-10);

  @Override
  protected long seed() {
    return runSeed(HiddenSeeds.of(getClass()));
  }

  @Override
  protected int trials() {
    return HiddenSeeds.TRIALS;
  }

  /**
   * A generator whose Gaussian draws are all {@code gaussian} and whose uniform draws cycle through
   * {@code uniforms}; other draws (nextInt for picking samples, say) come from a fixed sequence.
   */
  static final class Scripted implements RandomGenerator {
    private final double gaussian;
    private final double[] uniforms;
    private int next;
    private long state = 0x9E3779B97F4A7C15L;

    Scripted(double gaussian, double... uniforms) {
      this.gaussian = gaussian;
      this.uniforms = uniforms.clone();
    }

    @Override
    public long nextLong() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    @Override
    public double nextDouble() {
      double v = uniforms[next];
      next = (next + 1) % uniforms.length;
      return v;
    }

    @Override
    public double nextDouble(double bound) {
      return bound * nextDouble();
    }

    @Override
    public double nextDouble(double origin, double bound) {
      return origin + (bound - origin) * nextDouble();
    }

    @Override
    public double nextGaussian() {
      return gaussian;
    }

    @Override
    public double nextGaussian(double mean, double stddev) {
      return mean + stddev * gaussian;
    }
  }

  /** u* = σ(u*): where the sigmoid and ReLU agree. */
  private static double fixedPoint() {
    double u = 0.5;
    for (int i = 0; i < 200; i++) {
      u = 1 / (1 + Math.exp(-u));
    }
    return u;
  }

  private static String name(HiddenActivation f, int iterations, double lr) {
    return " (" + f + ", " + iterations + (iterations == 1 ? " step" : " steps") + ", lr " + lr + ")";
  }

  @Test
  @Points(3)
  void trainingFollowsTheLecturesLoopStepByStep(Implementations impl) {
    RegressionTraining t = impl.get(RegressionTraining.class);
    RandomGenerator r = random("loop");
    double us = fixedPoint();

    // 1. The initialisation. x = (c, c), every parameter g, chosen so that u = g(2c + 1) = u* and y = g(1 + 5u*) = 5c = d:
    // the first loss is 0 for either activation, any loss formula, before or after the update; any other start gives y ≠ d.
    double a = 2 * (1 + HIDDEN * us) / HIDDEN;
    double g1 = (-1 + Math.sqrt(1 + 4 * a * us)) / (2 * a), c = g1 * (1 + HIDDEN * us) / HIDDEN;
    for (HiddenActivation f : HiddenActivation.values()) {
      Judge.same("first loss, every N(0, 1) draw " + g1 + ", every uniform draw " + c + name(f, 1, 0.07),
          t.train(f, 1, 0.07, new Scripted(g1, c)), LOSSES, "hint.rt.init");
    }

    // 2. The loss formula. Every parameter g, u = g(x0 + x1 + 1) = u* again with x0 ≠ x1, learning rate 0: y is the same
    // under both activations, no parameter moves, and (y − d)²/2 is all that is left. y ≠ 2.5(x0 + x1), so that a target
    // 3x0 + 2x1 gives another loss.
    double g = 0.33 + 0.07 * r.nextDouble(), s = us / g - 1, x0 = (0.3 + 0.1 * r.nextDouble()) * s, x1 = s - x0;
    for (HiddenActivation f : HiddenActivation.values()) {
      Judge.same("first loss, every N(0, 1) draw " + g + ", x = (" + x0 + ", " + x1 + ")" + name(f, 1, 0),
          t.train(f, 1, 0, new Scripted(g, x0, x1)), LOSSES, "hint.rt.loss");
    }

    // 3. When the loss is taken: the same, with a learning rate, so that a loss computed after the update differs.
    Judge.same("first loss, every N(0, 1) draw " + g + ", x = (" + x0 + ", " + x1 + ")" + name(HiddenActivation.SIGMOID, 1, 0.5),
        t.train(HiddenActivation.SIGMOID, 1, 0.5, new Scripted(g, x0, x1)), LOSSES, "hint.rt.before-update");

    // 4. Which parameters move: a second step after the first update, with the lecture's learning rate.
    Judge.same("losses, every N(0, 1) draw " + g + ", x = (" + x0 + ", " + x1 + ")" + name(HiddenActivation.SIGMOID, 2, 0.07),
        t.train(HiddenActivation.SIGMOID, 2, 0.07, new Scripted(g, x0, x1)), LOSSES, "hint.rt.update-all");

    // 5. The learning rate: another one than the lecture's.
    double lr = 0.2 + 0.2 * r.nextDouble();
    Judge.same("losses, every N(0, 1) draw " + g + ", x = (" + x0 + ", " + x1 + ")" + name(HiddenActivation.SIGMOID, 2, lr),
        t.train(HiddenActivation.SIGMOID, 2, lr, new Scripted(g, x0, x1)), LOSSES, "hint.rt.rate");

    // 6. The activation's derivative: under ReLU the first forward pass is the same as under the sigmoid, the update is not.
    Judge.same("losses, every N(0, 1) draw " + g + ", x = (" + x0 + ", " + x1 + ")" + name(HiddenActivation.RELU, 2, 0.07),
        t.train(HiddenActivation.RELU, 2, 0.07, new Scripted(g, x0, x1)), LOSSES, "hint.rt.activation");

    // 7. A longer run from a start where nothing coincides.
    double gl = 0.2 + 0.6 * r.nextDouble(), y0 = r.nextDouble(), y1 = r.nextDouble();
    for (HiddenActivation f : HiddenActivation.values()) {
      Judge.same("losses, every N(0, 1) draw " + gl + ", x = (" + y0 + ", " + y1 + ")" + name(f, 25, 0.07),
          t.train(f, 25, 0.07, new Scripted(gl, y0, y1)), LOSSES, "hint.rt.trajectory");
    }
  }
}
