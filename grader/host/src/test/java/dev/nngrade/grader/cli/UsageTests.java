package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's own words: every --help, the command summaries, and the usage errors of --jobs (nothing is graded here). */
class UsageTests {
  /** A command's exit code and its stdout and stderr, with picocli's own warnings (which go to System.err) on stderr too. */
  record Said(int code, String out, String err) {}

  static Said run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream system = new ByteArrayOutputStream();
    PrintStream before = System.err;
    System.setErr(new PrintStream(system, true, StandardCharsets.UTF_8));
    try {
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int code = cl.execute(args);
      return new Said(code, out.toString(), err + system.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(before);
    }
  }

  @Test
  void everyCommandsHelpPrintsItsUsageAndNoWarning() {
    List<List<String>> calls = new ArrayList<>();
    calls.add(List.of("--help"));
    for (String name : Main.commandLine().getSubcommands().keySet()) {
      calls.add(List.of(name, "--help"));
      calls.add(List.of("help", name));
    }
    for (List<String> call : calls) {
      Said s = run(call.toArray(String[]::new));
      assertAll(String.join(" ", call),
          () -> assertEquals(0, s.code()),
          () -> assertTrue(s.out().contains("Usage: nngrade"), s.out()),
          // picocli's "[picocli WARN] Could not format ..." for a lone %, and anything else, would land here
          () -> assertEquals("", s.err()));
    }
  }

  @Test
  void everyCommandsSummaryIsAWholeSentence() {
    for (var e : Main.commandLine().getSubcommands().entrySet()) {
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      assertTrue(description.length > 0 && description[0].endsWith("."), e.getKey() + ": the command list shows only \"" + description[0] + "\"");
    }
  }

  @Test
  void jobsOfZeroOrMoreThanTheMachineCanRunAreUsageErrors(@TempDir Path dir) {
    String[] base = {"grade", "--assignment", "lecture-002", "--submissions", dir.toString(), "--out", dir.resolve("out").toString()};
    Said zero = run(concat(base, "--jobs", "0"));
    assertEquals(2, zero.code(), zero.err());
    assertTrue(zero.err().startsWith("--jobs 0: expected at least 1 sandbox"), zero.err());
    int most = JobsOption.most();
    Said many = run(concat(base, "--jobs", Integer.toString(most + 1)));
    assertEquals(2, many.code(), many.err());
    assertTrue(many.err().startsWith("--jobs " + (most + 1) + ": at most " + most + " on this machine (4 per processor, "), many.err());
    Said thousand = run(concat(base, "--jobs", "1000"));
    assertEquals(2, thousand.code(), thousand.err());
    assertTrue(most <= 64, "never more than 64: " + most);
    assertFalse(dir.resolve("out").toFile().exists(), "nothing ran");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
