package dev.nngrade.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wrapper command: limits that -Xmx cannot give, hidden answer folders, and nothing at all without a sandbox. */
class IsolationTests {
  static final List<String> JAVA = List.of("/jdk/bin/java", "-version");

  @Test
  void bubblewrapRunsUnderAnAddressSpaceLimitThatBoundsNativeMemory() {
    long limit = ChildJvm.addressSpace(256);
    assertEquals((256L << 20) + (2L << 30), limit);
    List<String> cmd = Isolation.BUBBLEWRAP.wrap(JAVA, Path.of("/jdk"), List.of(Path.of("/stage")), List.of(), 0, limit);
    assertEquals("prlimit", cmd.get(0));
    assertTrue(cmd.contains("--as=" + limit), cmd.toString());
    int arena = cmd.indexOf("MALLOC_ARENA_MAX");
    assertTrue(arena > 0 && cmd.get(arena - 1).equals("--setenv") && cmd.get(arena + 1).equals("2"), cmd.toString());
    assertEquals(JAVA, cmd.subList(cmd.size() - 2, cmd.size()), "java comes last, unchanged");
  }

  @Test
  void answerFoldersAreCoveredAfterTheReadOnlyBinds(@org.junit.jupiter.api.io.TempDir Path answers) {
    List<String> cmd = Isolation.BUBBLEWRAP.wrap(JAVA, Path.of("/jdk"), List.of(Path.of("/stage")), List.of(answers), 0, 1L << 31);
    int bind = cmd.indexOf("/stage");
    int cover = cmd.indexOf(answers.toString());
    assertTrue(bind > 0 && cover > bind && cmd.get(cover - 1).equals("--tmpfs"), cmd.toString());
  }

  @Test
  void withoutASandboxTheCommandIsJavaAlone() {
    assertEquals(JAVA, Isolation.NONE.wrap(JAVA, Path.of("/jdk"), List.of(), List.of(), 0, 1L << 31));
  }
}
