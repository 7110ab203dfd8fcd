package dev.nngrade.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.LayerContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AffineTests implements LayerContract {
  static Affine affine(int in, int out, long seed) {
    var r = Fixtures.random(seed);
    return new Affine(
        new Parameter("W", BACKEND.fromHost(Fixtures.gaussian(r, in * out, 0.7), Shape.of(in, out))),
        new Parameter("b", BACKEND.fromHost(Fixtures.gaussian(r, out, 0.7), Shape.of(out))));
  }

  @Override
  public Layer layer() {
    return affine(5, 3, 1);
  }

  @Override
  public Tensor input() {
    return BACKEND.fromHost(Fixtures.gaussian(Fixtures.random(2), 4 * 5, 1.0), Shape.of(4, 5));
  }

  @Override
  public Shape expectedOutputShape() {
    return Shape.of(4, 3);
  }

  /**
   * A 2x3 input through a 3x2 layer, by hand:
   * X = [[1, 2, 3], [4, 5, 6]], W = [[1, 0], [0, 1], [1, 1]], b = [10, 20]
   * Y = XW + b = [[1+3+10, 2+3+20], [4+6+10, 5+6+20]] = [[14, 25], [20, 31]]
   * dY = [[1, 0], [0, 2]]: dX = dY W^T = [[1, 0, 1], [0, 2, 2]],
   * dW = X^T dY = [[1, 8], [2, 10], [3, 12]], db = [1, 2].
   */
  @Test
  void handComputedTwoByThreeCase() {
    Affine a = new Affine(
        new Parameter("W", BACKEND.fromHost(new double[] {1, 0, 0, 1, 1, 1}, Shape.of(3, 2))),
        new Parameter("b", BACKEND.fromHost(new double[] {10, 20}, Shape.of(2))));
    Tensor y = a.forward(BACKEND.fromHost(new double[] {1, 2, 3, 4, 5, 6}, Shape.of(2, 3)));
    assertArrayEquals(new double[] {14, 25, 20, 31}, y.toArray());
    Tensor dx = a.backward(BACKEND.fromHost(new double[] {1, 0, 0, 2}, Shape.of(2, 2)));
    assertArrayEquals(new double[] {1, 0, 1, 0, 2, 2}, dx.toArray());
    assertArrayEquals(new double[] {1, 8, 2, 10, 3, 12}, a.parameters().get(0).grad().toArray());
    assertArrayEquals(new double[] {1, 2}, a.parameters().get(1).grad().toArray());
  }

  @Test
  void imagesAreFlattenedAndTheGradientGetsTheirShapeBack() {
    Affine a = affine(12, 2, 5);
    Tensor x = BACKEND.fromHost(Fixtures.gaussian(Fixtures.random(6), 2 * 12, 1), Shape.of(2, 3, 2, 2));
    assertEquals(Shape.of(2, 2), a.forward(x).shape());
    assertEquals(Shape.of(2, 3, 2, 2), a.backward(BACKEND.zeros(Shape.of(2, 2))).shape());
  }

  @Test
  void aWrongInputWidthNamesTheInputAndTheWeightShapes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> affine(784, 100, 1).forward(BACKEND.zeros(Shape.of(32, 785))));
    assertEquals("Affine.forward: x has shape [32, 785], expected [*, 784] (W is [784, 100])", e.getMessage());
  }

  @Test
  void aBiasThatDoesNotMatchTheWeightsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Affine(new Parameter("W", BACKEND.zeros(Shape.of(3, 2))), new Parameter("b", BACKEND.zeros(Shape.of(3)))));
    assertTrue(e.getMessage().contains("[3]") && e.getMessage().contains("[3, 2]"), e.getMessage());
  }

  @Test
  void withoutInputGradientOnlyTheParameterGradientsAreWritten() {
    Affine a = affine(5, 3, 1);
    a.skipInputGradient();
    a.forward(input());
    assertNull(a.backward(BACKEND.fromHost(new double[12], Shape.of(4, 3))));
  }

  @Nested
  class WithImageInput implements LayerContract {
    @Override
    public Layer layer() {
      return affine(2 * 3 * 3, 4, 11);
    }

    @Override
    public Tensor input() {
      return BACKEND.fromHost(Fixtures.gaussian(Fixtures.random(12), 3 * 18, 1.0), Shape.of(3, 2, 3, 3));
    }

    @Override
    public Shape expectedOutputShape() {
      return Shape.of(3, 4);
    }
  }
}
