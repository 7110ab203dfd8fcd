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
  EPSILON_INSIDE_ROOT
}
