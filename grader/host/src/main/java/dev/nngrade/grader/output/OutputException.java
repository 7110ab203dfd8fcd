package dev.nngrade.grader.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file or folder that cannot be written (a full disk, a read-only folder, a file where a
 * folder should be): the instructor's to fix, said at once with the path, never charged to a student.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path path;
  private final String why;

  public OutputException(Path path, String why, Throwable cause) {
    this(path, why, "", cause);
  }

  private OutputException(Path path, String why, String after, Throwable cause) {
    super("cannot write " + path + ": " + why + after, cause);
    this.path = path;
    this.why = why;
  }

  /** The same failure, with what happened to the run around it. */
  public OutputException then(String what) {
    return new OutputException(path, why, "; " + what, this);
  }

  public Path path() {
    return path;
  }

  /** The system's reason in plain words: the message of what failed, without the path it repeats. */
  public static String why(IOException e) {
    String m = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m) + (e instanceof java.nio.file.FileSystemException ? " (" + e.getClass().getSimpleName() + ")" : "");
  }
}
