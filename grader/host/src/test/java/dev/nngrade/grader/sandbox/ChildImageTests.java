package dev.nngrade.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child's runtime image: exactly the allowed system modules, class data sharing on, cached soundly. */
class ChildImageTests {
  /** Builds an image into {@code args[0]}: run in a JVM of its own, so that the test sees whatever the build writes to the JVM's descriptors. */
  public static void main(String[] args) throws Exception {
    ChildImage.build(Path.of(args[0]));
  }

  @Test
  void theImageHoldsOnlyTheChildsSystemModulesSharesClassDataAndIsBuiltWithoutAWord(@TempDir Path dir) throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    // built here even when an earlier run cached one, so that the build itself is checked
    Path home = dir.resolve("jre");
    Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        ChildImageTests.class.getName(), home.toString()).redirectErrorStream(true).start();
    String said = new String(build.getInputStream().readAllBytes());
    assertEquals(0, build.waitFor(), said);
    // jlink's "Created CDS archive successfully" (and the archive dump's own output) went to the grader's stdout
    assertEquals("", said, "building the image printed something");
    assertTrue(ChildImage.sound(home), home + " is complete and ours");
    Process p = new ProcessBuilder(home.resolve("bin/java").toString(), "-Xshare:on", "--list-modules").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), "-Xshare:on fails when the image has no usable archive: " + out);
    TreeSet<String> modules = new TreeSet<>();
    Arrays.stream(out.split("\n")).filter(l -> l.contains("@")).forEach(l -> modules.add(l.substring(0, l.indexOf('@'))));
    assertEquals(new TreeSet<>(ChildImage.MODULES), modules);
    assertFalse(modules.contains("jdk.unsupported") || modules.contains("jdk.attach") || modules.contains("java.instrument") || modules.contains("java.sql"));
    Path cached = ChildImage.obtain(dir);
    assertTrue(ChildImage.sound(cached));
    assertEquals(cached, ChildImage.obtain(dir), "a second grading run reuses the cached image");
  }

  @Test
  void aCacheFolderOthersCanWriteToIsNotTrusted(@TempDir Path dir) throws Exception {
    Path fake = dir.resolve("jre");
    for (String f : List.of("bin/java", "lib/server/classes.jsa", "release")) {
      Files.createDirectories(fake.resolve(f).getParent());
      Files.writeString(fake.resolve(f), "");
    }
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertTrue(ChildImage.sound(fake));
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertFalse(ChildImage.sound(fake), "a world-writable image could have been swapped by another user");
    assertFalse(ChildImage.sound(dir.resolve("missing")));
  }
}
