package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.function.CrossEntropy;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Tensor;

/**
 * Softmax followed by the cross-entropy error (DLFS §5.6.3, lecture 001): the loss is {@code
 * -Σ log(p[n, t_n] + δ) / N} with the textbook's {@code δ = 1e-7}, and the backward is {@code (p - t) / N}.
 * Targets are one-hot {@code [N, K]} or labels {@code [N]}.
 *
 * <p>The backward is the textbook's, which is the exact gradient of the loss only for {@code δ = 0}:
 * with {@code δ > 0} the true gradient is smaller by the factor {@code p_t / (p_t + δ)}, a relative
 * difference of about {@code δ / p_t}. Gradient checks therefore build the layer with {@code δ = 0}.
 */
public final class SoftmaxWithLoss implements LossLayer {
  private final double delta;

  /** The textbook's layer, {@code δ = 1e-7}. */
  public SoftmaxWithLoss() {
    this(CrossEntropy.DELTA);
  }

  /** A layer with another {@code δ}; 0 makes the backward the exact gradient of the forward. */
  public SoftmaxWithLoss(double delta) {
    Checks.check(delta >= 0 && delta < 1, () -> "SoftmaxWithLoss: delta must be in [0, 1), got " + delta);
    this.delta = delta;
  }

  private Tensor probs;
  private Tensor target;
  private Tensor dx;

  @Override
  public double forward(Tensor scores, Tensor target) {
    Checks.rank("SoftmaxWithLoss.forward", "scores", scores, 2, "[N, classes]");
    Backend be = scores.backend();
    probs = be.reuseOrZeros(probs, scores.shape());
    this.target = target;
    return be.softmaxCrossEntropy(scores, target, probs, delta);
  }

  @Override
  public Tensor backward() {
    if (probs == null) {
      throw new IllegalStateException("SoftmaxWithLoss.backward called before forward");
    }
    Backend be = probs.backend();
    dx = be.reuseOrZeros(dx, probs.shape());
    be.softmaxCrossEntropyBackward(probs, target, dx);
    return dx;
  }

  @Override
  public Tensor output() {
    return probs;
  }

  @Override
  public String toString() {
    return delta == CrossEntropy.DELTA ? "SoftmaxWithLoss" : "SoftmaxWithLoss(delta=" + delta + ")";
  }
}
