package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade}'s intake options: an unknown name is a usage error that lists the known ones; a bad roster names its line. */
class IntakeOptionsTests {
  @TempDir
  Path dir;

  @Test
  void anUnknownLayoutOrPolicyIsAUsageError() {
    CommandsTests.Run layout = CommandsTests.run("grade", "--assignment", "demo", "--submissions", dir.toString(), "--out", dir.resolve("o").toString(),
        "--layout", "blackboard");
    assertEquals(2, layout.code());
    assertTrue(layout.err().contains("unknown layout 'blackboard': expected one of plain, moodle, canvas, gradescope, auto"), layout.err());
    CommandsTests.Run policy = CommandsTests.run("grade", "--assignment", "demo", "--submissions", dir.toString(), "--out", dir.resolve("o").toString(),
        "--policy", "best");
    assertEquals(2, policy.code());
    assertTrue(policy.err().contains("unknown policy 'best': expected one of latest-on-time-else-latest, latest, all-listed"), policy.err());
  }

  @Test
  void aMalformedRosterStopsBeforeGradingWithFileAndLine() throws Exception {
    Path subs = Files.createDirectories(dir.resolve("subs"));
    Files.write(subs.resolve("s01.jar"), new byte[] {1});
    Path roster = Files.writeString(dir.resolve("roster.csv"), "student,name\ns01,A\n");
    CommandsTests.Run r = CommandsTests.run("grade", "--assignment", "demo", "--submissions", subs.toString(), "--out", dir.resolve("o").toString(),
        "--roster", roster.toString(), "--no-progress");
    assertEquals(1, r.code());
    assertTrue(r.err().contains(roster + ":1: expected a header row with an id column, such as id,name,email; found student,name"), r.err());
  }
}
