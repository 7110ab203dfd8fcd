package dev.nngrade.contract.function;

/**
 * 交差エントロピー誤差（講義002 確認テスト8、講義004） / cross-entropy error (lecture 002 確認テスト8,
 * lecture 004): {@code E = −(1/N) Σ_n log(y[n][t_n] + 1e-7)}, where {@code t_n} is the correct class
 * of sample n. {@code 1e-7} keeps {@code log 0} finite. Example (lecture 004): {@code y = [0.1, 0.05,
 * 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]}, {@code t = 2} → {@code 0.51082}.
 */
public interface CrossEntropy {
  /** {@code 1e-7}, added inside the logarithm. */
  double DELTA = 1e-7;

  /** One sample, one-hot target {@code t} (shape {@code [K]}, exactly one 1). */
  double oneHot(double[] y, double[] t);

  /** One sample, target as a class label in {@code [0, K)}. */
  double label(double[] y, int t);

  /** Batch mean, one-hot targets, shapes {@code [N][K]}. */
  double batchOneHot(double[][] y, double[][] t);

  /** Batch mean, class labels, {@code y [N][K]}, {@code t [N]}. */
  double batchLabels(double[][] y, int[] t);
}
