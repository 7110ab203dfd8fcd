package dev.nngrade.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command around the child JVM at each level: limits that -Xmx cannot give, caps on every writable file system, hidden answer folders. */
class IsolationTests {
  static final List<String> JAVA = List.of("/jdk/bin/java", "-version");

  static SandboxPolicy full() {
    assertTrue(Isolation.bubblewrapWorks(), "bubblewrap is missing or cannot start a sandbox here: apt-get install bubblewrap (.ci/run does)");
    return SandboxPolicy.of(Isolation.FULL);
  }

  @Test
  void fullRunsUnderAnAddressSpaceLimitThatBoundsNativeMemory() {
    long limit = ChildJvm.addressSpace(256);
    assertEquals((256L << 20) + (2L << 30), limit);
    List<String> cmd = full().command(JAVA, Path.of("/jdk"), List.of(Path.of("/stage")), List.of(), 0, limit, Optional.empty());
    assertEquals("prlimit", cmd.get(0));
    assertTrue(cmd.contains("--as=" + limit), cmd.toString());
    int arena = cmd.indexOf("MALLOC_ARENA_MAX");
    assertTrue(arena > 0 && cmd.get(arena - 1).equals("--setenv") && cmd.get(arena + 1).equals("2"), cmd.toString());
    assertEquals(JAVA, cmd.subList(cmd.size() - 2, cmd.size()), "java comes last, unchanged");
  }

  @Test
  void everyWritableFileSystemOfAFullSandboxIsCappedOrReadOnly() {
    List<String> cmd = full().command(JAVA, Path.of("/jdk"), List.of(Path.of("/stage")), List.of(), 0, 1L << 31, Optional.empty());
    int shm = cmd.indexOf("/dev/shm");
    assertTrue(shm > 2 && cmd.get(shm - 1).equals("--tmpfs") && cmd.get(shm - 3).equals("--size") && cmd.get(shm - 2).equals(String.valueOf(16L << 20)), cmd.toString());
    int tmp = cmd.indexOf("/tmp");
    assertTrue(cmd.get(tmp - 1).equals("--tmpfs") && cmd.get(tmp - 2).equals(String.valueOf(64L << 20)), cmd.toString());
    int rootRo = Collections.lastIndexOfSubList(cmd, List.of("--remount-ro", "/"));
    int devRo = Collections.lastIndexOfSubList(cmd, List.of("--remount-ro", "/dev"));
    int lastBind = cmd.lastIndexOf("--ro-bind");
    assertTrue(rootRo > lastBind && devRo > lastBind, "/ and /dev are frozen after the binds: " + cmd);
    List<String> uncapped = full().without(Defence.FILESYSTEM_CAPS).command(JAVA, Path.of("/jdk"), List.of(), List.of(), 0, 1L << 31, Optional.empty());
    assertFalse(uncapped.contains("--remount-ro") || uncapped.contains("/dev/shm"), uncapped.toString());
  }

  @Test
  void answerFoldersAreCoveredAfterTheReadOnlyBinds(@TempDir Path answers) {
    List<String> cmd = full().command(JAVA, Path.of("/jdk"), List.of(Path.of("/stage")), List.of(answers), 0, 1L << 31, Optional.empty());
    int bind = cmd.indexOf("/stage");
    int cover = cmd.indexOf(answers.toString());
    assertTrue(bind > 0 && cover > bind && cmd.get(cover - 1).equals("--tmpfs"), cmd.toString());
  }

  @Test
  void containerHasLimitsButNoNamespacesAndRequiresLandlockInTheChild() {
    SandboxPolicy container = SandboxPolicy.of(Isolation.CONTAINER);
    List<String> cmd = container.command(JAVA, Path.of("/jdk"), List.of(), List.of(), 1, 1L << 31, Optional.empty());
    assertEquals("prlimit", cmd.get(0));
    assertFalse(cmd.contains("bwrap"), cmd.toString());
    assertTrue(container.childProperties().contains("-Dnngrade.confine.landlock=required"), container.childProperties().toString());
    assertTrue(full().childProperties().contains("-Dnngrade.confine.landlock=optional"));
    assertTrue(full().without(Defence.SECCOMP).childProperties().contains("-Dnngrade.confine.seccomp=off"));
  }

  @Test
  void withoutASandboxTheCommandIsJavaAlone() {
    assertEquals(JAVA, SandboxPolicy.of(Isolation.NONE).command(JAVA, Path.of("/jdk"), List.of(), List.of(), 0, 1L << 31, Optional.empty()));
  }

  @Test
  void levelsAreNamedAndUnknownNamesRefused() {
    assertEquals(Isolation.CONTAINER, Isolation.parse("Container"));
    assertEquals("full", Isolation.FULL.id());
    assertThrows(IllegalArgumentException.class, () -> Isolation.parse("bubblewrap"));
  }
}
