package dev.nngrade.nn.data;

/** How targets are handed to a network: the textbook's {@code one_hot_label=True} or class indices. */
public enum LabelForm {
  /** {@code [N, classes]} rows with a single 1. */
  ONE_HOT,
  /** {@code [N]} class indices. */
  INDEX
}
