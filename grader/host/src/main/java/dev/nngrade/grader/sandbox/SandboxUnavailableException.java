package dev.nngrade.grader.sandbox;

/** The isolation level asked for cannot be had on this machine; the message says what to install or which flag to use. */
public final class SandboxUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SandboxUnavailableException(String message) {
    super(message);
  }
}
