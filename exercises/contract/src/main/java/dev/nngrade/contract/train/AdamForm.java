package dev.nngrade.contract.train;

/** Adam の二つの流儀 / the two forms of Adam the lectures teach; a course chooses one. */
public enum AdamForm {
  /**
   * The textbook (DLFS §6.1.6): {@code lr_t = lr·√(1 − β2^t)/(1 − β1^t)}, {@code m ← m + (1 − β1)(g −
   * m)}, {@code v ← v + (1 − β2)(g² − v)}, {@code p ← p − lr_t·m / (√v + 1e-7)}.
   */
  TEXTBOOK,
  /**
   * Lecture 000: {@code m ← β1 m + (1 − β1) g}, {@code v ← β2 v + (1 − β2) g²}, {@code m̂ = m/(1 − β1^t)},
   * {@code v̂ = v/(1 − β2^t)}, {@code p ← p − lr·m̂ / √(v̂ + ε)} with {@code ε = 1e-8} inside the root.
   */
  EPSILON_INSIDE_ROOT;

  /** The ε of this form. */
  public double epsilon() {
    return this == TEXTBOOK ? 1e-7 : 1e-8;
  }
}
