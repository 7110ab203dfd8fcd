package dev.nngrade.nn.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.gradient.GradientCheck;
import dev.nngrade.nn.layer.Layer;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * What every layer must do; a test class supplies the layer and an input, and inherits these tests
 * (the JUnit {@code ComparableContract} pattern). Inputs must keep away from the layer's kinks.
 */
public interface LayerContract {
  CpuBackend BACKEND = new CpuBackend(2);

  /** A fresh layer; parameters drawn from a fixed seed. */
  Layer layer();

  /** A fresh input, away from kinks. */
  Tensor input();

  Shape expectedOutputShape();

  /** The bound on the maximum relative error of backward against central differences. */
  default double gradientTolerance() {
    return 1e-7;
  }

  @Test
  default void outputHasTheExpectedShape() {
    assertEquals(expectedOutputShape(), layer().forward(input(), true).shape());
  }

  @Test
  default void backwardAgreesWithTheNumericalGradient() {
    Layer layer = layer();
    Tensor x = input();
    double[] weights = Fixtures.gaussian(Fixtures.random(99), expectedOutputShape().size(), 1.0);
    GradientCheck.Report report = LayerGradients.check(layer, x, weights);
    assertTrue(report.passes(gradientTolerance()), () -> layer + ": " + report.summary());
  }

  @Test
  default void forwardAndBackwardLeaveTheirArgumentsAlone() {
    Layer layer = layer();
    Tensor x = input();
    double[] before = x.toArray();
    Tensor y = layer.forward(x, true);
    assertArrayEquals(before, x.toArray(), "forward modified its input");
    double[] g = Fixtures.gaussian(Fixtures.random(7), y.size(), 1.0);
    Tensor dout = BACKEND.fromHost(g, y.shape());
    layer.backward(dout);
    assertArrayEquals(g, dout.toArray(), "backward modified dout");
  }

  @Test
  default void theSameInputGivesTheSameBits() {
    Layer a = layer(), b = layer();
    double[] ya = a.forward(input(), false).toArray();
    double[] yb = b.forward(input(), false).toArray();
    TensorAssertions.assertBitwiseEqual(ya, yb, layer() + " forward");
  }
}
