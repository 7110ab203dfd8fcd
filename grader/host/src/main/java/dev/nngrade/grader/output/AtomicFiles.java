package dev.nngrade.grader.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How every output file is written: to a temporary file in the same folder, then renamed over the
 * target, so that a grader killed midway leaves either the old file or the new one, never half of one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code content} to {@code target}; any failure is an {@link OutputException} naming {@code target}. */
  public static void write(Path target, byte[] content) throws IOException {
    try {
      writeOrFail(target, content);
    } catch (OutputException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputException(target, OutputException.why(e), e);
    }
  }

  private static void writeOrFail(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, content);
      try {
        // results are for the instructor's tools and web server, not private to the grader's user
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException notPosix) {
        // the file system decides
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
