package dev.nngrade.contract.net;

/** The hidden activation of lecture 002's regression network: {@code sigmoid} or {@code ReLU}. */
public enum HiddenActivation {
  SIGMOID,
  RELU
}
