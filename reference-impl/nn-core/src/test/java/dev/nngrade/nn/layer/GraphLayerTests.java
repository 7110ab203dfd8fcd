package dev.nngrade.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.LayerContract;
import org.junit.jupiter.api.Test;

/** Lecture 001's computational graph: AddLayer and MulLayer. */
class GraphLayerTests {
  static Tensor scalar(double v) {
    return LayerContract.BACKEND.fromHost(new double[] {v}, Shape.of(1));
  }

  /** f = x y + z at x = -2, y = 5, z = -4: f = -14; df/dx = y = 5, df/dy = x = -2, df/dz = 1. */
  @Test
  void fEqualsXyPlusZ() {
    MulLayer mul = new MulLayer();
    AddLayer add = new AddLayer();
    Tensor q = mul.forward(scalar(-2), scalar(5));
    Tensor f = add.forward(q, scalar(-4));
    assertArrayEquals(new double[] {-14}, f.toArray());
    BinaryLayer.Gradients dAdd = add.backward(scalar(1));
    BinaryLayer.Gradients dMul = mul.backward(dAdd.dx());
    assertArrayEquals(new double[] {5}, dMul.dx().toArray());
    assertArrayEquals(new double[] {-2}, dMul.dy().toArray());
    assertArrayEquals(new double[] {1}, dAdd.dy().toArray());
  }

  /**
   * The textbook's apple example (DLFS §5.4): price = (apple 100 × 2) × tax 1.1 = 220;
   * dprice/dapple = 2.2, d/dnum = 110, d/dtax = 200.
   */
  @Test
  void buyingApples() {
    MulLayer appleLayer = new MulLayer();
    MulLayer taxLayer = new MulLayer();
    Tensor applePrice = appleLayer.forward(scalar(100), scalar(2));
    double[] price = taxLayer.forward(applePrice, scalar(1.1)).toArray();
    assertArrayEquals(new double[] {220.00000000000003}, price);
    BinaryLayer.Gradients dTax = taxLayer.backward(scalar(1));
    BinaryLayer.Gradients dApple = appleLayer.backward(dTax.dx());
    assertArrayEquals(new double[] {2.2}, dApple.dx().toArray());
    assertArrayEquals(new double[] {110.00000000000001}, dApple.dy().toArray());
    assertArrayEquals(new double[] {200}, dTax.dy().toArray());
  }

  /** f = x·x through a MulLayer fed twice with x: the two branch gradients add up to 2x. */
  @Test
  void gradientsAddAtBranches() {
    MulLayer square = new MulLayer();
    Tensor x = scalar(3);
    square.forward(x, x);
    BinaryLayer.Gradients g = square.backward(scalar(1));
    AddLayer sum = new AddLayer();
    assertArrayEquals(new double[] {6}, sum.forward(g.dx(), g.dy()).toArray());
  }
}
