package dev.nngrade.contract.layer;

/**
 * Affine レイヤー（講義001、教科書5.6） / the Affine layer: {@code Y = XW + b}; backward {@code dX = dY·Wᵀ},
 * {@code dW = Xᵀ·dY}, {@code db = Σ_rows dY}. Constructor: {@code AffineLayerImpl(double[][] w,
 * double[] b)}, W {@code [in][out]}, b {@code [out]}; the layer keeps these arrays (an optimizer
 * that updates them in place changes the layer).
 */
public interface AffineLayer extends Layer {
  /** {@code dL/dW} of the last backward, shape {@code [in][out]}. */
  double[][] dW();

  /** {@code dL/db} of the last backward, shape {@code [out]}. */
  double[] db();
}
