package dev.nngrade.nn.backend;

/** The two forms of the Adam update that the lectures teach (design.md, "Conventions"). */
public enum AdamConvention {
  /**
   * The textbook's form (DLFS {@code common/optimizer.py}): {@code lr_t = lr sqrt(1-b2^t)/(1-b1^t)},
   * {@code m += (1-b1)(g-m)}, {@code v += (1-b2)(g^2-v)}, {@code p -= lr_t m / (sqrt(v) + eps)}.
   */
  TEXTBOOK,
  /**
   * Lecture 000's form: {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2}, bias-corrected
   * {@code m^ = m/(1-b1^t)}, {@code v^ = v/(1-b2^t)}, {@code p -= lr m^ / sqrt(v^ + eps)} (epsilon inside the root).
   */
  EPSILON_INSIDE_ROOT;

  /** The textbook's step size at step {@code t}: {@code lr sqrt(1 - b2^t) / (1 - b1^t)}, the bias correction folded in. */
  public static double textbookStepSize(double lr, double beta1, double beta2, int t) {
    return lr * Math.sqrt(1.0 - StrictMath.pow(beta2, t)) / (1.0 - StrictMath.pow(beta1, t));
  }

  /** {@code 1 - beta^t}, the divisor that corrects a moment's bias at step {@code t}. */
  public static double biasCorrection(double beta, int t) {
    return 1.0 - StrictMath.pow(beta, t);
  }
}
