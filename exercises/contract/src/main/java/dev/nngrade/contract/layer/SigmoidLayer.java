package dev.nngrade.contract.layer;

/**
 * Sigmoid レイヤー（講義001） / the Sigmoid layer: {@code y = 1/(1 + exp(−x))}; backward {@code dx = dout ·
 * y(1 − y)} with the {@code y} kept by forward. Constructor: {@code SigmoidLayerImpl()}.
 */
public interface SigmoidLayer extends Layer {}
