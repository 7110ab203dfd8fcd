package dev.nngrade.contract.layer;

/** ドロップアウトの二つの流儀 / where dropout's {@code 1 − ratio} scale goes; a course chooses one. */
public enum DropoutForm {
  /** 講義003・教科書: training {@code x · mask}, inference {@code x · (1 − ratio)}. */
  SCALE_AT_INFERENCE,
  /** 逆ドロップアウト / inverted dropout: training {@code x · mask / (1 − ratio)}, inference {@code x}. */
  INVERTED
}
