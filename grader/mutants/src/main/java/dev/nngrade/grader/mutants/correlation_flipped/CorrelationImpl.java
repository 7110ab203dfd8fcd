package dev.nngrade.grader.mutants.correlation_flipped;

import dev.nngrade.contract.layer.Correlation;

public class CorrelationImpl implements Correlation {
  /** The mistake: a true convolution (the filter flipped), which CNNs do not use. */
  @Override
  public double[][] correlate(double[][] image, double[][] filter) {
    int fh = filter.length, fw = filter[0].length;
    double[][] flipped = new double[fh][fw];
    for (int u = 0; u < fh; u++) {
      for (int v = 0; v < fw; v++) {
        flipped[u][v] = filter[fh - 1 - u][fw - 1 - v];
      }
    }
    return new dev.nngrade.solution.CorrelationImpl().correlate(image, flipped);
  }
}
