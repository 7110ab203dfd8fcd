package dev.nngrade.contract.net;

/**
 * 単純パーセプトロン（講義001） / lecture 001's simple perceptron with the step function: {@code ŷ = 1} if
 * {@code w·x − θ > 0}, else 0. Learning rule for a sample {@code (x, y)}: {@code w ← w + η (y − ŷ) x},
 * {@code θ ← θ − η (y − ŷ)}. AND and OR can be learned; XOR cannot. Constructor: {@code
 * PerceptronImpl(int inputs, double eta)}; {@code w} and {@code θ} start at 0.
 */
public interface Perceptron {
  int predict(double[] x);

  /** 学習則を 1 回適用する / one application of the learning rule. */
  void learn(double[] x, int y);

  double[] weights();

  double threshold();

  /**
   * 与えられた順にサンプルを巡回して学習し、誤りのない周回で止める（周回数、足りなければ −1）。 Passes over the samples in the given order, applying {@link #learn} to each, until a whole
   * pass classifies every sample correctly; returns the number of passes, or −1 if {@code maxEpochs}
   * passes were not enough.
   */
  int train(double[][] xs, int[] ys, int maxEpochs);
}
