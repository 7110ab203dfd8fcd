package dev.nngrade.contract.train;

/**
 * 講義000 の問題「分類問題のコードを書いてみよう」 / lecture 000's problem: turn the regression sample
 * into classification, with softmax outputs and the cross-entropy loss: {@code P = softmax(X W + b)},
 * {@code L = −(1/N) Σ log(P[n][label_n] + 1e-7)}, gradient {@code dW = Xᵀ (P − T)/N}, {@code db = Σ_rows
 * (P − T)/N} (T one-hot of the labels). Constructor: {@code SoftmaxClassifierImpl(int inputs, int
 * classes)}, W {@code [inputs][classes]} and b {@code [classes]} starting at 0.
 */
public interface SoftmaxClassifier {
  /** {@code P = softmax(X W + b)}、形 {@code [N][classes]}。 */
  double[][] probabilities(double[][] x);

  /** 各行で確率が最大のクラス（同値なら最初） / the most probable class of every row (the first on ties). */
  int[] predict(double[][] x);

  /** 勾配降下 1 回。更新前の損失を返す / one gradient step {@code W ← W − lr·dW}, {@code b ← b − lr·db}; returns the loss before it. */
  double step(double[][] x, int[] labels, double learningRate);

  double[][] weights();

  double[] bias();
}
