package dev.nngrade.contract.function;

/**
 * ソフトマックス関数（講義002 確認テスト7、講義003） / the softmax function (lecture 002 確認テスト7,
 * lecture 003): {@code y_k = exp(a_k − max a) / Σ_i exp(a_i − max a)}. 最大値を引くのはオーバーフロー対策:
 * the maximum is subtracted so that large scores such as 1000 do not overflow {@code exp}.
 * Example (lecture 003): {@code (4, 8, 2) → (0.018, 0.980, 0.002)}.
 */
public interface Softmax {
  /** 1 次元 / one vector, shape {@code [K] → [K]}. */
  double[] softmax(double[] a);

  /** 行ごと（バッチ） / row by row, shape {@code [N][K] → [N][K]}; each row sums to 1. */
  double[][] softmax(double[][] a);
}
