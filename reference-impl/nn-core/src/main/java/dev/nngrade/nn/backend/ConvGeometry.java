package dev.nngrade.nn.backend;

/**
 * The geometry of a sliding window over a batch of images in NCHW layout, shared by convolution
 * (im2col/col2im) and pooling. The output size is {@code floor((in + 2 pad - k) / stride) + 1} (DLFS
 * §7.2.4; the textbook's {@code 1 + int(...)}): input rows or columns that no window reaches are left out.
 */
public record ConvGeometry(
    int batch, int channels, int height, int width, int kernelHeight, int kernelWidth, int stride, int pad) {

  public ConvGeometry {
    if (batch <= 0 || channels <= 0 || height <= 0 || width <= 0) {
      throw new IllegalArgumentException(
          "input must have positive dimensions, got [" + batch + ", " + channels + ", " + height + ", " + width + "]");
    }
    if (kernelHeight <= 0 || kernelWidth <= 0 || stride <= 0 || pad < 0) {
      throw new IllegalArgumentException(
          "window " + kernelHeight + "x" + kernelWidth + " stride " + stride + " pad " + pad
              + " is invalid: kernel and stride must be positive, pad non-negative");
    }
    checkFits("height", height, kernelHeight, stride, pad);
    checkFits("width", width, kernelWidth, stride, pad);
  }

  private static void checkFits(String what, int in, int k, int stride, int pad) {
    if (in + 2 * pad - k < 0) {
      throw new IllegalArgumentException(
          "a " + k + "-wide window does not fit an input " + what + " of " + in + " with pad " + pad);
    }
  }

  /** {@code floor((in + 2 pad - k) / stride) + 1}. */
  public static int outputSize(int in, int k, int stride, int pad) {
    return (in + 2 * pad - k) / stride + 1;
  }

  public int outHeight() {
    return outputSize(height, kernelHeight, stride, pad);
  }

  public int outWidth() {
    return outputSize(width, kernelWidth, stride, pad);
  }

  /** Rows of the im2col matrix in the textbook's layout: one per output position, {@code N*OH*OW}. */
  public int positions() {
    return batch * outHeight() * outWidth();
  }

  /** Columns of the textbook's im2col matrix: one per window element, {@code C*KH*KW}. */
  public int patchSize() {
    return channels * kernelHeight * kernelWidth;
  }

  public int windowSize() {
    return kernelHeight * kernelWidth;
  }
}
