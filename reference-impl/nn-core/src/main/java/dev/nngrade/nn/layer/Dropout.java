package dev.nngrade.nn.layer;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BinaryOp;
import dev.nngrade.nn.tensor.Checks;
import dev.nngrade.nn.tensor.Tensor;
import java.util.random.RandomGenerator;

/**
 * Dropout: in training, each unit is kept when a uniform draw exceeds the ratio ({@code
 * np.random.rand(*x.shape) > ratio}, DLFS §6.4.3) and zeroed otherwise; the backward passes the
 * gradient through the same mask. What happens to the scale depends on the {@link Convention}.
 */
public final class Dropout implements Layer {

  /** Where the {@code 1 - ratio} scale goes; the lectures use the first, many libraries the second. */
  public enum Convention {
    /** The textbook and lecture 003: training output {@code x * mask}, inference output {@code x * (1 - ratio)}. */
    SCALE_AT_INFERENCE,
    /**
     * Inverted dropout (a deviation from the textbook, offered because courses that use PyTorch or
     * Keras teach it): training output {@code x * mask / (1 - ratio)} (the mask holds {@code 1/(1-ratio)}
     * for kept units), inference output {@code x}.
     */
    INVERTED
  }

  private final double ratio;
  private final Convention convention;
  private final RandomGenerator random;
  private double[] maskHost;
  private Tensor mask;
  private Tensor out;
  private Tensor dx;
  private boolean lastWasTraining;

  /** {@code ratio} in {@code [0, 1)}; masks come from {@code random}, so a seed fixes them. */
  public Dropout(double ratio, Convention convention, RandomGenerator random) {
    this.ratio = Checks.inUnitInterval("dropout ratio", ratio);
    this.convention = convention;
    this.random = random;
  }

  @Override
  public Tensor forward(Tensor x, boolean train) {
    Backend be = x.backend();
    out = be.reuseOrZeros(out, x.shape());
    lastWasTraining = train;
    if (train) {
      double kept = convention == Convention.INVERTED ? 1.0 / (1.0 - ratio) : 1.0;
      if (maskHost == null || maskHost.length != x.size()) {
        maskHost = new double[x.size()];
      }
      for (int i = 0; i < maskHost.length; i++) {
        maskHost[i] = random.nextDouble() > ratio ? kept : 0.0;
      }
      mask = be.reuseOrZeros(mask, x.shape());
      be.upload(maskHost, mask);
      be.zip(BinaryOp.MUL, x, mask, out);
    } else if (convention == Convention.SCALE_AT_INFERENCE) {
      be.scale(1.0 - ratio, x, out);
    } else {
      be.copy(x, out);
    }
    return out;
  }

  @Override
  public Tensor backward(Tensor dout) {
    if (mask == null || !lastWasTraining) {
      throw new IllegalStateException("Dropout.backward needs a forward in training mode first");
    }
    Checks.shape("Dropout.backward", "dout", dout, mask.shape());
    Backend be = dout.backend();
    dx = be.reuseOrZeros(dx, dout.shape());
    be.zip(BinaryOp.MUL, dout, mask, dx);
    return dx;
  }

  /** The mask of the last training forward, as doubles (0 for dropped units). */
  public double[] lastMask() {
    return maskHost == null ? new double[0] : maskHost.clone();
  }

  @Override
  public String toString() {
    return "Dropout(" + ratio + ", " + convention + ")";
  }
}
