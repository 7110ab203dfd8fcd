package dev.nngrade.contract.net;

/**
 * 誤差逆伝播（講義002 確認テスト12/13、実装） / backprop through lecture 002's regression network: {@code u1 =
 * x W1 + b1}, {@code z1 = f(u1)} (sigmoid or ReLU), {@code y = z1·W2 + b2}, loss {@code (y − d)²/2}.
 * Backward: {@code delta2 = y − d} ({@code d_mean_squared_error}), {@code dW2 = z1 · delta2}, {@code
 * db2 = delta2}, {@code delta1 = delta2 · W2 ⊙ f'(u1)}, {@code dW1 = xᵀ delta1}, {@code db1 = delta1}.
 * {@code f'} is computed from the kept {@code z1}: {@code z1(1 − z1)} for the sigmoid, {@code z1 > 0 ? 1 :
 * 0} for ReLU. backward reuses forward's {@code z1} and {@code y} instead of recomputing them
 * (確認テスト12). Constructor: {@code RegressionBackpropImpl()}.
 */
public interface RegressionBackprop {
  /** 順伝播（z1 と y を返す） / forward, returning z1 and y. */
  RegressionForward forward(RegressionParams p, double[] x, HiddenActivation f);

  /** {@code (y − d)²/2} の勾配（パラメータと同じ形） / the gradients, in the parameters' shapes. */
  RegressionParams backward(RegressionParams p, double[] x, double d, RegressionForward fwd, HiddenActivation f);
}
