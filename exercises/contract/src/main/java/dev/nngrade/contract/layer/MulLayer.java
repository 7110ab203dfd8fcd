package dev.nngrade.contract.layer;

/**
 * 乗算ノード（講義001 計算グラフ） / the multiply node: {@code z = x y}; backward swaps the inputs ("mul
 * gate: gradient switcher"): {@code dx = dz · y}, {@code dy = dz · x}, using the x and y kept by
 * forward. Constructor: {@code MulLayerImpl()}.
 */
public interface MulLayer {
  /** {@code z = x y}（x と y を保持する / keeps x and y）。 */
  double forward(double x, double y);

  /** 上流の勾配 dz に対する {@code {dx, dy}} / for upstream gradient {@code dz}. */
  double[] backward(double dz);
}
