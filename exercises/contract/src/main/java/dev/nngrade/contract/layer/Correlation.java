package dev.nngrade.contract.layer;

/**
 * 畳み込み（相互相関、講義003） / the 2-D "convolution" of CNNs, which is a correlation without padding,
 * stride 1: {@code out[i][j] = Σ_{u,v} image[i+u][j+v] · filter[u][v]}, output {@code (H − FH + 1) ×
 * (W − FW + 1)}. Example (lecture 003): a 4×4 image of vertical stripes with the stripe filter gives
 * 8; horizontal stripes give 0. Constructor: {@code CorrelationImpl()}.
 */
public interface Correlation {
  double[][] correlate(double[][] image, double[][] filter);
}
