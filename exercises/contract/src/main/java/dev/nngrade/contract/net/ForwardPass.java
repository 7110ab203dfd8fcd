package dev.nngrade.contract.net;

/**
 * 3-5-4 ネットワークの順伝播（講義002 確認テスト4、実装演習） / the forward pass of lecture 002's 3-5-4 network:
 * {@code u1 = x W1 + b1}, {@code z1 = ReLU(u1)}, {@code u2 = z1 W2 + b2}, {@code y = softmax(u2)}; the
 * loss is the cross-entropy of {@code y} against one-hot {@code d} with {@code 1e-7} inside the log.
 * With the lecture's weights, {@code u2 = [7.81685463, 10.2967736, 11.14286327, 8.71009687]}, {@code y
 * = [0.02314258, 0.27632932, 0.64398989, 0.05653821]} and, for {@code d = [0, 0, 0, 1]}, the loss is
 * 2.872836881649026. Constructor: {@code ForwardPassImpl()}. Any layer sizes work.
 */
public interface ForwardPass {
  /** 順伝播の途中の値すべて / every intermediate value of the forward pass. */
  ForwardTrace forward(ForwardWeights w, double[] x);

  /** 出力 y と one-hot の d の交差エントロピー / the cross-entropy of y against one-hot d. */
  double loss(ForwardWeights w, double[] x, double[] d);
}
