package dev.nngrade.grader.mutants.correlation_width_from_height;

import dev.nngrade.contract.layer.Correlation;

/** Correlation whose output width is taken from the image height: H − FH + 1 for both sides. */
public class CorrelationImpl implements Correlation {
  @Override
  public double[][] correlate(double[][] image, double[][] filter) {
    int fh = filter.length, fw = filter[0].length;
    int oh = image.length - fh + 1, ow = image.length - fw + 1;
    double[][] out = new double[oh][ow];
    for (int i = 0; i < oh; i++) {
      for (int j = 0; j < ow; j++) {
        double s = 0;
        for (int u = 0; u < fh; u++) {
          for (int v = 0; v < fw; v++) {
            s += image[i + u][j + v] * filter[u][v];
          }
        }
        out[i][j] = s;
      }
    }
    return out;
  }
}
