package dev.nngrade.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A folder under the system's temporary folder for what the sandboxes mount: the staged modules and
 * one folder per run. The sandbox runs as an unprivileged uid, so these folders must be readable by
 * others (wherever the output folder is, even below a private home folder); nothing of the
 * submission's output is ever read back from them. Deleted on close.
 */
public final class SandboxArea implements AutoCloseable {
  /** A system property naming a child runtime image to use as it is (see {@link ChildImage}) instead of building or caching one. */
  public static final String IMAGE_HOME = "nngrade.child.image.home";

  static final FileAttribute<Set<PosixFilePermission>> OPEN = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"));

  private final Path root;
  private final ChildRuntime runtime;
  private final Path runs;

  private SandboxArea(Path root, ChildRuntime runtime, Path runs) {
    this.root = root;
    this.runtime = runtime;
    this.runs = runs;
  }

  public static SandboxArea create() throws IOException {
    Path root = Files.createTempDirectory("nngrade-", OPEN);
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    ChildRuntime runtime = ChildRuntime.stage(root.resolve("runtime"));
    Path runs = Files.createDirectory(root.resolve("runs"), OPEN);
    Files.setPosixFilePermissions(runs, PosixFilePermissions.fromString("rwxr-xr-x"));
    openTree(root.resolve("runtime"));
    String given = System.getProperty(IMAGE_HOME);
    if (given != null) {
      // a runtime shipped beside the grader (Gradescope's autograder, built at export time where jlink exists): an explicit
      // setting that does not hold is an error, not a reason to start children from another runtime
      Path home = Path.of(given).toAbsolutePath().normalize();
      if (!ChildImage.sound(home)) {
        RunFolder.deleteTree(root);
        throw new IOException(IMAGE_HOME + "=" + given + " is not a child runtime image owned by " + System.getProperty("user.name")
            + " and writable by it alone (bin/java, lib/server/classes.jsa, release)");
      }
      runtime = runtime.withJavaHome(home, true);
    } else if (!"false".equals(System.getProperty("nngrade.child.image"))) {
      try {
        runtime = runtime.withJavaHome(ChildImage.obtain(root), true);
      } catch (IOException | IllegalStateException e) {
        System.err.println("nngrade: warning: no child runtime image (" + e.getMessage() + "); children start from the full JDK with --limit-modules, more slowly");
      }
    }
    return new SandboxArea(root, runtime, runs);
  }

  /** Directories rwxr-xr-x and files rw-r--r--, whatever the umask made of them. */
  private static void openTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path x : walk.toList()) {
        Files.setPosixFilePermissions(x, PosixFilePermissions.fromString(Files.isDirectory(x) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  public ChildRuntime runtime() {
    return runtime;
  }

  /** Where the per-run folders go. */
  public Path runs() {
    return runs;
  }

  @Override
  public void close() throws IOException {
    RunFolder.deleteTree(root);
  }
}
