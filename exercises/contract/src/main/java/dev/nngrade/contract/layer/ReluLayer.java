package dev.nngrade.contract.layer;

/**
 * ReLU レイヤー（講義001） / the ReLU layer: {@code y = max(0, x)}; backward passes {@code dout} where
 * {@code x > 0} and 0 elsewhere (the mask kept by forward; 0 at {@code x = 0}). Constructor: {@code
 * ReluLayerImpl()}.
 */
public interface ReluLayer extends Layer {}
