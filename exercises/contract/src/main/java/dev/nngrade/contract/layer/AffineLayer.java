package dev.nngrade.contract.layer;

/**
 * Affine レイヤー（講義001、教科書5.6） / the Affine layer: {@code Y = XW + b}; backward {@code dX = dY·Wᵀ},
 * {@code dW = Xᵀ·dY}, {@code db = Σ_rows dY}. Constructor: {@code AffineLayerImpl(double[][] w,
 * double[] b)}, W {@code [in][out]}, b {@code [out]}; the layer keeps these arrays (an optimizer
 * that updates them in place changes the layer).
 */
public interface AffineLayer extends Layer {
  /** 直前の backward の {@code dL/dW}（形 {@code [in][out]}） / of the last backward. */
  double[][] dW();

  /** 直前の backward の {@code dL/db}（形 {@code [out]}） / of the last backward. */
  double[] db();
}
