package dev.nngrade.student;

import dev.nngrade.contract.layer.Correlation;

/** Valid correlation; each output is a pairwise sum of its products. */
public class CorrelationImpl implements Correlation {
  @Override
  public double[][] correlate(double[][] image, double[][] filter) {
    int h = image.length;
    int w = Careful.columns(image, "image");
    int fh = filter.length;
    int fw = Careful.columns(filter, "filter");
    if (fh == 0 || fw == 0 || fh > h || fw > w) {
      throw new IllegalArgumentException("a " + fh + "×" + fw + " filter does not fit a " + h + "×" + w + " image");
    }
    double[][] out = new double[h - fh + 1][w - fw + 1];
    double[] products = new double[fh * fw];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out[i].length; j++) {
        int k = 0;
        for (int u = 0; u < fh; u++) {
          for (int v = 0; v < fw; v++) {
            products[k++] = image[i + u][j + v] * filter[u][v];
          }
        }
        out[i][j] = pairwise(products, 0, products.length);
      }
    }
    return out;
  }

  static double pairwise(double[] v, int from, int to) {
    int n = to - from;
    if (n <= 4) {
      double s = 0;
      for (int i = from; i < to; i++) {
        s += v[i];
      }
      return s;
    }
    int mid = from + n / 2;
    return pairwise(v, from, mid) + pairwise(v, mid, to);
  }
}
