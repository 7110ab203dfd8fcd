package dev.nngrade.grader.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's free space, checked before a class is graded; a write that fails names its file. */
class DiskSpaceTests {
  @Test
  void lessFreeSpaceThanARunNeedsIsSaidWithTheFolderAndTheFigures(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("not/yet/there");
    long free = Files.getFileStore(dir).getUsableSpace();
    assertDoesNotThrow(() -> DiskSpace.require(out, 1, "a class run"));
    OutputException e = assertThrows(OutputException.class, () -> DiskSpace.require(out, free + (1L << 40), "grading 132 submission(s)"));
    assertEquals(out, e.path());
    assertTrue(e.getMessage().startsWith("cannot write " + out + ": "), e.getMessage());
    assertTrue(e.getMessage().matches(".*: [0-9.]+ MiB free on its file system, and grading 132 submission\\(s\\) needs about [0-9.]+ MiB; free some space or"
        + " choose another --out"), e.getMessage());
  }

  @Test
  void aFileThatCannotBeWrittenIsAnOutputErrorNamingIt(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("s1/scorecard.json");
    Files.createDirectories(target.resolve("in-the-way"));
    OutputException e = assertThrows(OutputException.class, () -> AtomicFiles.write(target, "{}"));
    assertEquals(target, e.path());
    assertTrue(e.getMessage().startsWith("cannot write " + target + ": "), e.getMessage());
    try (var left = Files.list(target.getParent())) {
      assertEquals(1, left.count(), "no temporary file is left beside it");
    }
  }
}
