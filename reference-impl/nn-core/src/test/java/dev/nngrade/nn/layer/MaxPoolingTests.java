package dev.nngrade.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.LayerContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MaxPoolingTests implements LayerContract {
  @Override
  public Layer layer() {
    return new MaxPooling(2, 2, 2, 0);
  }

  @Override
  public Tensor input() {
    // distinct values: no window has a tie, so the maximum is differentiable
    return BACKEND.fromHost(Fixtures.distinct(Fixtures.random(5), 2 * 3 * 4 * 6, 1e-2), Shape.of(2, 3, 4, 6));
  }

  @Override
  public Shape expectedOutputShape() {
    return Shape.of(2, 3, 2, 3);
  }

  /**
   * One 4x4 plane, 2x2 windows, stride 2:
   *   1 3 | 2 0        max 3 (at window index 1), 4 (index 3)
   *   0 2 | 1 4
   *   ----+----
   *   5 1 | 0 0        max 5 (index 0), 0 (index 0: the first of the ties)
   *   1 0 | 0 0
   */
  @Test
  void handComputedWindowsAndTheirRouting() {
    MaxPooling pool = new MaxPooling(2, 2, 2, 0);
    double[] x = {1, 3, 2, 0, 0, 2, 1, 4, 5, 1, 0, 0, 1, 0, 0, 0};
    assertArrayEquals(new double[] {3, 4, 5, 0}, pool.forward(BACKEND.fromHost(x, Shape.of(1, 1, 4, 4))).toArray());
    double[] dx = pool.backward(BACKEND.fromHost(new double[] {10, 20, 30, 40}, Shape.of(1, 1, 2, 2))).toArray();
    assertArrayEquals(new double[] {0, 10, 0, 0, 0, 0, 0, 20, 30, 0, 40, 0, 0, 0, 0, 0}, dx);
  }

  @Nested
  class OverlappingWindows implements LayerContract {
    @Override
    public Layer layer() {
      return new MaxPooling(3, 3, 1, 0);
    }

    @Override
    public Tensor input() {
      return BACKEND.fromHost(Fixtures.distinct(Fixtures.random(6), 2 * 5 * 5, 1e-2), Shape.of(1, 2, 5, 5));
    }

    @Override
    public Shape expectedOutputShape() {
      return Shape.of(1, 2, 3, 3);
    }
  }

  @Nested
  class PaddedWindows implements LayerContract {
    @Override
    public Layer layer() {
      return new MaxPooling(2, 2, 2, 1);
    }

    @Override
    public Tensor input() {
      // positive values, so a window never picks the zero padding (the textbook pads with 0)
      double[] v = Fixtures.distinct(Fixtures.random(8), 2 * 4 * 4, 1e-2);
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.abs(v[i]) + 0.5;
      }
      return BACKEND.fromHost(v, Shape.of(1, 2, 4, 4));
    }

    @Override
    public Shape expectedOutputShape() {
      return Shape.of(1, 2, 3, 3);
    }
  }
}
