package dev.nngrade.contract.function;

/**
 * 交差エントロピー誤差（講義002 確認テスト8、講義004） / cross-entropy error (lecture 002 確認テスト8,
 * lecture 004): {@code E = −(1/N) Σ_n log(y[n][t_n] + 1e-7)}, where {@code t_n} is the correct class
 * of sample n. {@code 1e-7} keeps {@code log 0} finite. Example (lecture 004): {@code y = [0.1, 0.05,
 * 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]}, {@code t = 2} → {@code 0.51082}.
 */
public interface CrossEntropy {
  /** log の中に足す {@code 1e-7} / added inside the logarithm. */
  double DELTA = 1e-7;

  /** 1 サンプル、one-hot の教師 {@code t}（形 {@code [K]}） / one sample, one-hot target. */
  double oneHot(double[] y, double[] t);

  /** 1 サンプル、正解ラベル {@code t ∈ [0, K)} / one sample, class label. */
  double label(double[] y, int t);

  /** バッチ平均、one-hot（形 {@code [N][K]}） / batch mean, one-hot targets. */
  double batchOneHot(double[][] y, double[][] t);

  /** バッチ平均、ラベル（{@code y [N][K]}、{@code t [N]}） / batch mean, class labels. */
  double batchLabels(double[][] y, int[] t);
}
