package dev.nngrade.grader.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A roster CSV as any bytes: the class list, each student once with a non-blank id, rows in file
 * order, or a {@link Roster.RosterException} naming file and line (or an {@link IOException}).
 */
class RosterFuzzTests {
  @TempDir
  static Path dir;

  static Stream<byte[]> rosters() {
    return Stream.of("id,name,email\ns01,Aiko Tanaka,aiko@example.edu\n\"s02\",\"Ito, Ben\",\"ben@example.edu\"\r\n",
        "\uFEFFName , ID\n\"Mori \"\"Chika\"\"\",s03\n\n", "email,id\n\"multi\nline\",s04\n").map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("rosters")
  @FuzzTest(maxDuration = "20s")
  void readsTheClassListOrSaysWhere(byte[] csv) throws IOException {
    Path file = Files.write(dir.resolve("roster.csv"), csv);
    Roster roster;
    try {
      roster = Roster.read(file);
    } catch (Roster.RosterException wrong) {
      assertTrue(wrong.getMessage().startsWith(file.toString()), wrong::getMessage);
      return;
    }
    Set<String> ids = new HashSet<>();
    int line = 0;
    for (Roster.Entry e : roster.entries()) {
      assertFalse(e.id().isEmpty());
      assertEquals(e.id().strip(), e.id());
      assertNotNull(e.name());
      assertNotNull(e.email());
      assertTrue(ids.add(e.id()), e.id());
      assertTrue(e.line() > line, "rows in file order");
      line = e.line();
      assertEquals(e, roster.get(e.id()).orElseThrow());
    }
  }
}
