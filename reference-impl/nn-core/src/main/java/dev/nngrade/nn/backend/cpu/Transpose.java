package dev.nngrade.nn.backend.cpu;

/** The copy that turns a transposed GEMM operand into row-major {@code k x n} form. */
final class Transpose {
  private Transpose() {}

  /** Transposes the row-major {@code rows x cols} matrices {@code [b0, b1)} of {@code x} into {@code t}, in 8x8 tiles. */
  static void transposeEach(double[] x, double[] t, int rows, int cols, int b0, int b1) {
    for (int b = b0; b < b1; b++) {
      int o = b * rows * cols;
      for (int i0 = 0; i0 < rows; i0 += 8) {
        int i1 = Math.min(rows, i0 + 8);
        for (int j0 = 0; j0 < cols; j0 += 8) {
          int j1 = Math.min(cols, j0 + 8);
          for (int i = i0; i < i1; i++) {
            for (int j = j0; j < j1; j++) {
              t[o + j * rows + i] = x[o + i * cols + j];
            }
          }
        }
      }
    }
  }
}
