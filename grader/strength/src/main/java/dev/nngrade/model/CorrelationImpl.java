package dev.nngrade.model;

import dev.nngrade.contract.layer.Correlation;

public class CorrelationImpl implements Correlation {
  @Override
  public double[][] correlate(double[][] image, double[][] filter) {
    int fh = filter.length, fw = filter[0].length;
    int oh = image.length - fh + 1, ow = image[0].length - fw + 1;
    double[][] out = new double[oh][ow];
    for (int i = 0; i < oh; i++) {
      for (int j = 0; j < ow; j++) {
        double sum = 0;
        for (int u = 0; u < fh; u++) {
          for (int v = 0; v < fw; v++) {
            sum += image[i + u][j + v] * filter[u][v];
          }
        }
        out[i][j] = sum;
      }
    }
    return out;
  }
}
