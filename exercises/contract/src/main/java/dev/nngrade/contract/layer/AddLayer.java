package dev.nngrade.contract.layer;

/**
 * 加算ノード（講義001 計算グラフ） / the add node of lecture 001's computational graph: {@code z = x + y};
 * backward passes {@code dz} to both inputs ("add gate: gradient distributor"). Constructor: {@code
 * AddLayerImpl()}.
 */
public interface AddLayer {
  /** {@code z = x + y}。 */
  double forward(double x, double y);

  /** 上流の勾配 dz に対する {@code {dx, dy}} / for upstream gradient {@code dz}. */
  double[] backward(double dz);
}
