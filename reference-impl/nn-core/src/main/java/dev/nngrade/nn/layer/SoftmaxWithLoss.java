package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Tensor;

/**
 * Softmax followed by the cross-entropy error (DLFS §5.6.3, lecture 001): the loss is {@code
 * -Σ log(p[n, t_n] + 1e-7) / N}, and the backward is {@code (p - t) / N}. Targets are one-hot {@code
 * [N, K]} or labels {@code [N]}.
 */
public final class SoftmaxWithLoss implements LossLayer {
  public SoftmaxWithLoss() {}

  private Tensor probs;
  private Tensor target;
  private Tensor dx;

  @Override
  public double forward(Tensor scores, Tensor target) {
    Checks.rank("SoftmaxWithLoss.forward", "scores", scores, 2, "[N, classes]");
    Backend be = scores.backend();
    probs = be.reuseOrZeros(probs, scores.shape());
    this.target = target;
    return be.softmaxCrossEntropy(scores, target, probs);
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
    return "SoftmaxWithLoss";
  }
}
