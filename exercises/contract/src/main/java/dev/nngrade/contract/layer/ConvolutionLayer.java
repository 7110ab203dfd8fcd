package dev.nngrade.contract.layer;

/**
 * 畳み込みレイヤー（教科書7.4、im2col） / the convolution layer: input {@code x [N][C][H][W]}, filters
 * {@code w [FN][C][FH][FW]}, bias {@code b [FN]}, output {@code [N][FN][OH][OW]} with {@code OH = (H +
 * 2·pad − FH)/stride + 1} (likewise OW), zero padding. Backward gives {@code dx} and keeps {@code dW},
 * {@code db}. Constructor: {@code ConvolutionLayerImpl(double[][][][] w, double[] b, int stride, int pad)}; the
 * layer keeps the arrays {@code w} and {@code b} (an optimizer that updates them in place changes the layer).
 */
public interface ConvolutionLayer {
  double[][][][] forward(double[][][][] x);

  double[][][][] backward(double[][][][] dout);

  /** 直前の backward の {@code dW}（形 {@code [FN][C][FH][FW]}） / of the last backward. */
  double[][][][] dW();

  /** 直前の backward の {@code db}（形 {@code [FN]}） / of the last backward. */
  double[] db();
}
