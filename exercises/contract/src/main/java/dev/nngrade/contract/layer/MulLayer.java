package dev.nngrade.contract.layer;

/**
 * 乗算ノード（講義001 計算グラフ） / the multiply node: {@code z = x y}; backward swaps the inputs ("mul
 * gate: gradient switcher"): {@code dx = dz · y}, {@code dy = dz · x}, using the x and y kept by
 * forward. Constructor: {@code MulLayerImpl()}.
 */
public interface MulLayer {
  double forward(double x, double y);

  /** {@code {dx, dy}} for upstream gradient {@code dz}. */
  double[] backward(double dz);
}
