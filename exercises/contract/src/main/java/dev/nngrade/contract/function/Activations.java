package dev.nngrade.contract.function;

/**
 * 活性化関数とその導関数 / activation functions and their derivatives (lecture 000, lecture 002
 * 確認テスト5/6, lecture 003). All are functions of the total input {@code x} (the pre-activation).
 */
public interface Activations {
  /** ステップ関数 {@code x > 0 ? 1 : 0}（002: {@code np.array(x > 0, dtype=int)}）。 Step function. */
  double step(double x);

  /** ステップ関数の導関数: {@code x ≠ 0} では 0。 The step function's derivative, 0 away from 0. */
  double stepDerivative(double x);

  /** シグモイド {@code 1 / (1 + exp(−x))}。 Sigmoid. */
  double sigmoid(double x);

  /** {@code σ'(x) = σ(x)(1 − σ(x))}。 */
  double sigmoidDerivative(double x);

  /** 双曲線正接 {@code tanh x}。 Hyperbolic tangent. */
  double tanh(double x);

  /** {@code 1 − tanh² x}。 */
  double tanhDerivative(double x);

  /** ReLU {@code max(0, x)}。 */
  double relu(double x);

  /** {@code x > 0 ? 1 : 0}（{@code x = 0} では 0、教科書のレイヤーと同じ）。 0 at {@code x = 0}, as the textbook's layer. */
  double reluDerivative(double x);

  /** Leaky ReLU {@code x > 0 ? x : αx}。 */
  double leakyRelu(double x, double alpha);

  /** {@code x > 0 ? 1 : α}。 */
  double leakyReluDerivative(double x, double alpha);

  /** 恒等関数 {@code x}（回帰の出力層）。 Identity (the output of regression). */
  double identity(double x);

  /** 1。 */
  double identityDerivative(double x);
}
