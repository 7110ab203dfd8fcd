package dev.nngrade.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;

/**
 * The folder of one run under the sandbox area's {@code runs}: only this folder (and the staged
 * modules) is mounted into that run's sandbox, so it must be readable by the sandbox's unprivileged
 * uid whatever the umask; it goes, with everything the run left in it, on close.
 */
public final class RunFolder implements AutoCloseable {
  private final Path path;

  private RunFolder(Path path) {
    this.path = path;
  }

  /** A new folder {@code <prefix><random>} in {@code runs}. */
  public static RunFolder create(Path runs, String prefix) throws IOException {
    return new RunFolder(Files.createTempDirectory(runs, prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))));
  }

  public Path path() {
    return path;
  }

  /** Writes a submission's canonical jar into the folder, readable by the sandbox, and returns its path. */
  public Path jar(byte[] canonicalJar) throws IOException {
    Path jar = path.resolve("submission.jar");
    Files.write(jar, canonicalJar);
    Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
    return jar;
  }

  @Override
  public void close() throws IOException {
    deleteTree(path);
  }

  /** Deletes a folder and everything in it without following symbolic links (a run may have left some); nothing when it is absent. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
