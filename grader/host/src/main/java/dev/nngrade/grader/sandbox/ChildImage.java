package dev.nngrade.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The Java runtime the child JVMs start from: a jlink image holding only the system modules a child
 * may use, with its own class-data-sharing archive. It replaces {@code --limit-modules}, which
 * switches class data sharing off altogether (so every child paid for loading and verifying the JDK's
 * classes from scratch), and it is stricter: the other system modules are not in the image at all.
 * Built once per JDK and kept in a folder of the temporary directory owned by this user.
 */
public final class ChildImage {
  /**
   * The child's system modules: what the runner and JUnit need (sandbox.md), plus the Vector API for
   * validate-suite's runs of the reference. No java.instrument or jdk.attach: nothing in a child may
   * load agents.
   */
  static final List<String> MODULES = List.of("java.base", "java.logging", "java.management", "jdk.incubator.vector");

  private ChildImage() {}

  /**
   * The image's java home: the cached one when it is sound, else a new one built into {@code
   * fallback} (and cached for the next run when the cache can be written).
   */
  public static Path obtain(Path fallback) throws IOException {
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "nngrade-child-jre-" + System.getProperty("user.name") + "-" + key());
    if (sound(cache)) {
      return cache;
    }
    Path dir = Files.createTempDirectory(fallback, "jre-build-");
    // the sandbox's uid must reach it (a temporary folder starts as rwx------)
    Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path built = build(dir.resolve("jre"));
    try {
      Path staging = Files.createTempDirectory(cache.getParent(), "nngrade-child-jre-new-");
      ChildRuntime.copyTree(built, staging.resolve("jre"));
      try {
        Files.move(staging.resolve("jre"), cache, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
        // another grader cached it meanwhile, or the file system cannot: use the one built here
      } finally {
        RunFolder.deleteTree(staging);
      }
      if (sound(cache)) {
        return cache;
      }
    } catch (IOException unwritable) {
      // no cache this time
    }
    return built;
  }

  /** Ours, not writable by anyone else, complete. */
  static boolean sound(Path home) {
    try {
      if (!Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(home.resolve("bin/java"))
          || !Files.isRegularFile(home.resolve("lib/server/classes.jsa")) || !Files.isRegularFile(home.resolve("release"))) {
        return false;
      }
      PosixFileAttributes a = Files.readAttributes(home, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      Set<PosixFilePermission> p = a.permissions();
      return a.owner().getName().equals(System.getProperty("user.name")) && !p.contains(PosixFilePermission.GROUP_WRITE)
          && !p.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Runs jlink as a process of its own, its output captured: its class-data-sharing step prints
   * "Created CDS archive successfully" on the grader's stdout and lets the archive's dump run write to
   * the grader's own descriptors, none of which belongs in a grading run's output. The output is
   * shown only when the build fails.
   */
  static Path build(Path out) throws IOException {
    return jlink(out, MODULES, "the child's runtime", "--generate-cds-archive");
  }

  /**
   * A runtime image of {@code modules} in {@code out} (stripped of debug data, headers and man pages),
   * built by this JDK's jlink with {@code flags} besides; {@code what} names the image in messages.
   */
  public static Path jlink(Path out, List<String> modules, String what, String... flags) throws IOException {
    Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
    if (!Files.isExecutable(jlink)) {
      throw new IllegalStateException("jlink is missing from this Java runtime (" + System.getProperty("java.home") + "), and " + what
          + " is built with it: run nngrade on a full JDK 25");
    }
    List<String> command = new ArrayList<>(List.of(jlink.toString(), "--add-modules", String.join(",", modules), "--output", out.toString(),
        "--strip-debug", "--no-header-files", "--no-man-pages"));
    command.addAll(List.of(flags));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc;
    try {
      rc = p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while jlink built " + what, e);
    }
    if (rc != 0 || !Files.isRegularFile(out.resolve("bin/java"))) {
      throw new IOException("jlink could not build " + what + " (exit " + rc + "): " + log.strip());
    }
    return out;
  }

  /** Changes with the JDK and the module list. */
  static String key() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((System.getProperty("java.home") + "\n" + Runtime.version() + "\n" + String.join(",", MODULES)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
