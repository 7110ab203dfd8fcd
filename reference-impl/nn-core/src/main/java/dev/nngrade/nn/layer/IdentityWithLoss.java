package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.function.SquaredError;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Tensor;

/**
 * The regression head: identity output with a squared error in one of the lectures' conventions
 * ({@link SquaredError}); the backward is {@code (y - t) / D} with the convention's divisor {@code D}.
 */
public final class IdentityWithLoss implements LossLayer {
  private final SquaredError convention;
  private Tensor y;
  private Tensor target;
  private Tensor dx;

  public IdentityWithLoss(SquaredError convention) {
    this.convention = convention;
  }

  public SquaredError convention() {
    return convention;
  }

  @Override
  public double forward(Tensor scores, Tensor target) {
    Checks.sameShape("IdentityWithLoss.forward", "scores", scores, "target", target);
    this.y = scores;
    this.target = target;
    return convention.fromSumOfSquares(scores.backend().sumSquaredDifference(scores, target), scores.size());
  }

  @Override
  public Tensor backward() {
    if (y == null) {
      throw new IllegalStateException("IdentityWithLoss.backward called before forward");
    }
    Backend be = y.backend();
    dx = be.reuseOrZeros(dx, y.shape());
    be.zip(BinaryOp.SUB, y, target, dx);
    be.divide(dx, convention.gradientDivisor(y.size()), dx);
    return dx;
  }

  @Override
  public Tensor output() {
    return y;
  }

  @Override
  public String toString() {
    return "IdentityWithLoss(" + convention + ")";
  }
}
