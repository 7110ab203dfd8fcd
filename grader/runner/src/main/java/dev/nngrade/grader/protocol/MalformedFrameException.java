package dev.nngrade.grader.protocol;

import java.io.IOException;

/** Bytes that are not a frame, a request or an event this codec wrote: the reader stops trusting the stream. */
public final class MalformedFrameException extends IOException {
  private static final long serialVersionUID = 1L;

  public MalformedFrameException(String message) {
    super(message);
  }
}
