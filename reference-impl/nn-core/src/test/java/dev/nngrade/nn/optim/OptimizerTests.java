package dev.nngrade.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.testkit.TensorAssertions;
import dev.nngrade.nn.testkit.Tolerance;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each optimizer against a scalar transcription of its formula (DLFS {@code common/optimizer.py},
 * lecture 000), over several steps, and on the quadratic f(w) = ½ Σ w², where it must go downhill.
 */
class OptimizerTests {
  static final CpuBackend BE = new CpuBackend(1);

  @AfterAll
  static void close() {
    BE.close();
  }

  /** A scalar optimizer: state in, new parameter out. */
  interface Scalar {
    double step(double p, double g, int t);
  }

  static Stream<Arguments> optimizers() {
    return Stream.of(
        Arguments.of("sgd", (Supplier<Optimizer>) () -> new Sgd(0.1), (Supplier<Scalar>) () -> (p, g, t) -> p - 0.1 * g),
        Arguments.of("momentum", (Supplier<Optimizer>) () -> new Momentum(0.1, 0.9), (Supplier<Scalar>) () -> new Scalar() {
          double v;

          public double step(double p, double g, int t) {
            v = 0.9 * v - 0.1 * g;
            return p + v;
          }
        }),
        Arguments.of("adagrad", (Supplier<Optimizer>) () -> new AdaGrad(0.1, 1e-7), (Supplier<Scalar>) () -> new Scalar() {
          double h;

          public double step(double p, double g, int t) {
            h += g * g;
            return p - 0.1 * g / (Math.sqrt(h) + 1e-7);
          }
        }),
        Arguments.of("rmsprop", (Supplier<Optimizer>) () -> new RmsProp(0.1, 0.99, 1e-7), (Supplier<Scalar>) () -> new Scalar() {
          double h;

          public double step(double p, double g, int t) {
            h *= 0.99;
            h += (1 - 0.99) * g * g;
            return p - 0.1 * g / (Math.sqrt(h) + 1e-7);
          }
        }),
        Arguments.of("adam-textbook", (Supplier<Optimizer>) () -> Adam.textbook(0.1), (Supplier<Scalar>) () -> new Scalar() {
          double m, v;

          public double step(double p, double g, int t) {
            double lrT = 0.1 * Math.sqrt(1.0 - StrictMath.pow(0.999, t)) / (1.0 - StrictMath.pow(0.9, t));
            m += (1 - 0.9) * (g - m);
            v += (1 - 0.999) * (g * g - v);
            return p - lrT * m / (Math.sqrt(v) + 1e-7);
          }
        }),
        Arguments.of("adam-eps-inside-root", (Supplier<Optimizer>) () -> Adam.epsilonInsideRoot(0.1), (Supplier<Scalar>) () -> new Scalar() {
          double m, v;

          public double step(double p, double g, int t) {
            m = 0.9 * m + (1 - 0.9) * g;
            v = 0.999 * v + (1 - 0.999) * g * g;
            double mHat = m / (1 - StrictMath.pow(0.9, t)), vHat = v / (1 - StrictMath.pow(0.999, t));
            return p - 0.1 * mHat / Math.sqrt(vHat + 1e-8);
          }
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optimizers")
  void followsItsFormulaForTenSteps(String name, Supplier<Optimizer> make, Supplier<Scalar> reference) {
    double[] start = {1.5, -0.5, 0.25, 3.0};
    Parameter w = new Parameter("w", BE.fromHost(start, Shape.of(4)));
    Optimizer opt = make.get();
    Scalar[] refs = {reference.get(), reference.get(), reference.get(), reference.get()};
    double[] expected = start.clone();
    for (int t = 1; t <= 10; t++) {
      // gradient of f(w) = ½ Σ w² + Σ sin(w) so that every step sees a different gradient
      double[] p = w.value().toArray();
      double[] g = new double[4];
      for (int i = 0; i < 4; i++) {
        g[i] = p[i] + Math.sin(p[i]);
        expected[i] = refs[i].step(expected[i], g[i], t);
      }
      BE.upload(g, w.grad());
      opt.update(List.of(w));
      TensorAssertions.assertClose(expected, w.value(), Tolerance.EXACT, name + " step " + t);
    }
  }

  /** Large parameters are updated in chunks on several threads; every element must still follow the formula. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("optimizers")
  void aParameterSplitAcrossThreadsFollowsTheFormulaInEveryElement(String name, Supplier<Optimizer> make, Supplier<Scalar> reference) {
    int n = 70_001; // three uneven chunks on three threads
    java.util.Random random = new java.util.Random(5);
    double[] expected = new double[n];
    Scalar[] refs = new Scalar[n];
    for (int i = 0; i < n; i++) {
      expected[i] = random.nextGaussian();
      refs[i] = reference.get();
    }
    try (CpuBackend three = new CpuBackend(3)) {
      Parameter w = new Parameter("w", three.fromHost(expected, Shape.of(n)));
      Optimizer opt = make.get();
      for (int t = 1; t <= 3; t++) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
          g[i] = Math.sin(expected[i] * t) + 0.1 * i / n;
          expected[i] = refs[i].step(expected[i], g[i], t);
        }
        three.upload(g, w.grad());
        opt.update(List.of(w));
        TensorAssertions.assertClose(expected, w.value(), Tolerance.EXACT, name + " step " + t);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optimizers")
  void goesDownhillOnAQuadratic(String name, Supplier<Optimizer> make, Supplier<Scalar> reference) {
    Parameter w = new Parameter("w", BE.fromHost(new double[] {2, -3}, Shape.of(2)));
    Optimizer opt = make.get();
    double before = 0.5 * (4 + 9);
    for (int t = 0; t < 5; t++) {
      BE.copy(w.value(), w.grad());
      opt.update(List.of(w));
    }
    double[] p = w.value().toArray();
    double after = 0.5 * (p[0] * p[0] + p[1] * p[1]);
    assertTrue(after < before, name + ": loss " + before + " -> " + after);
  }

  /** Adam's first textbook step: lr_t = lr sqrt(1-b2)/(1-b1), m = 0.1 g, v = 0.001 g², so the step is about lr sign(g). */
  @Test
  void adamsFirstStepIsAboutTheLearningRate() {
    Parameter w = new Parameter("w", BE.fromHost(new double[] {0, 0}, Shape.of(2)));
    BE.upload(new double[] {5, -0.01}, w.grad());
    Adam.textbook().update(List.of(w));
    double[] p = w.value().toArray();
    assertEquals(-0.001, p[0], 1e-9);
    assertEquals(0.001, p[1], 1e-6);
  }

  @Test
  void theTextbookDefaultsAreStatedOnce() {
    assertEquals(new Adam.Defaults(0.001, 0.9, 0.999, 1e-7), Adam.TEXTBOOK_DEFAULTS);
    assertEquals(new RmsProp.Defaults(0.01, 0.99, 1e-7), RmsProp.DEFAULTS);
    assertEquals(new AdaGrad.Defaults(0.01, 1e-7), AdaGrad.DEFAULTS);
    assertEquals(new Momentum.Defaults(0.01, 0.9), Momentum.DEFAULTS);
    assertEquals(new Sgd.Defaults(0.01), Sgd.DEFAULTS);
  }

  @Test
  void badHyperParametersAndNamesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Sgd(-1));
    assertThrows(IllegalArgumentException.class, () -> new Momentum(0.1, 1.0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizer.byName("lbfgs", 0.1));
    assertTrue(e.getMessage().contains("adam"), e.getMessage());
  }
}
