package dev.nngrade.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.LayerContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActivationLayerTests {
  static final Shape SHAPE = Shape.of(4, 6);

  static Tensor input() {
    return LayerContract.BACKEND.fromHost(Fixtures.awayFromZero(Fixtures.random(3), SHAPE.size(), 1.5, 1e-3), SHAPE);
  }

  /** Every activation layer keeps the shape of a kink-free input. */
  abstract class ElementWise implements LayerContract {
    @Override
    public Tensor input() {
      return ActivationLayerTests.input();
    }

    @Override
    public Shape expectedOutputShape() {
      return SHAPE;
    }
  }

  @Nested
  class ReluTests extends ElementWise {
    @Override
    public Layer layer() {
      return new Relu();
    }

    @Test
    void masksNegativeInputsAndTheirGradients() {
      Relu relu = new Relu();
      Tensor x = BACKEND.fromHost(new double[] {-2, -0.5, 0, 0.5, 3, -1e-300}, Shape.of(2, 3));
      assertArrayEquals(new double[] {0, 0, 0, 0.5, 3, 0}, relu.forward(x).toArray());
      Tensor dx = relu.backward(BACKEND.fromHost(new double[] {1, 1, 1, 1, 1, 1}, Shape.of(2, 3)));
      // the textbook's mask is x <= 0, so the derivative at exactly 0 is 0
      assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0}, dx.toArray());
    }
  }

  @Nested
  class SigmoidTests extends ElementWise {
    @Override
    public Layer layer() {
      return new Sigmoid();
    }

    @Test
    void backwardIsDoutTimesYTimesOneMinusY() {
      Sigmoid s = new Sigmoid();
      Tensor x = BACKEND.fromHost(new double[] {0, 2}, Shape.of(1, 2));
      double[] y = s.forward(x).toArray();
      assertEquals(0.5, y[0]);
      double[] dx = s.backward(BACKEND.fromHost(new double[] {3, 1}, Shape.of(1, 2))).toArray();
      assertEquals(3 * 0.25, dx[0]);
      assertEquals((1 - y[1]) * y[1], dx[1]);
    }
  }

  @Nested
  class TanhTests extends ElementWise {
    @Override
    public Layer layer() {
      return new Tanh();
    }
  }

  @Nested
  class LeakyReluTests extends ElementWise {
    @Override
    public Layer layer() {
      return new LeakyRelu();
    }
  }

  @Nested
  class IdentityTests extends ElementWise {
    @Override
    public Layer layer() {
      return new ActivationLayer(Activation.IDENTITY);
    }
  }

  @Test
  void backwardBeforeForwardIsAnError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Relu().backward(LayerContract.BACKEND.zeros(SHAPE)));
    assertTrue(e.getMessage().contains("before forward"), e.getMessage());
  }

  @Test
  void aGradientOfTheWrongShapeNamesBothShapes() {
    Relu relu = new Relu();
    relu.forward(input());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> relu.backward(LayerContract.BACKEND.zeros(Shape.of(6, 4))));
    assertTrue(e.getMessage().contains("[6, 4]") && e.getMessage().contains("[4, 6]"), e.getMessage());
  }
}
