package dev.nngrade.nn.data;

import java.io.IOException;

/** A file that is not a well-formed IDX (MNIST-format) file, or not the one that was expected. */
public final class IdxFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public IdxFormatException(String message) {
    super(message);
  }

  public IdxFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
