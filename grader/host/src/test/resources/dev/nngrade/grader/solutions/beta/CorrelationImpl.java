package dev.nngrade.student;

import dev.nngrade.contract.layer.Correlation;

public class CorrelationImpl implements Correlation {
  @Override
  public double[][] correlate(double[][] image, double[][] filter) {
    int h = image.length;
    int fh = filter.length;
    if (h == 0 || fh == 0 || fh > h) {
      throw new IllegalArgumentException("a filter of " + fh + " rows does not fit an image of " + h);
    }
    int w = image[0].length;
    int fw = filter[0].length;
    for (double[] row : image) {
      if (row.length != w) {
        throw new IllegalArgumentException("the image is not rectangular");
      }
    }
    for (double[] row : filter) {
      if (row.length != fw) {
        throw new IllegalArgumentException("the filter is not rectangular");
      }
    }
    if (fw == 0 || fw > w) {
      throw new IllegalArgumentException("a filter of " + fw + " columns does not fit an image of " + w);
    }
    double[][] out = new double[h - fh + 1][w - fw + 1];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out[0].length; j++) {
        double s = 0;
        // column by column through the window
        for (int v = 0; v < fw; v++) {
          for (int u = 0; u < fh; u++) {
            s += filter[u][v] * image[i + u][j + v];
          }
        }
        out[i][j] = s;
      }
    }
    return out;
  }
}
