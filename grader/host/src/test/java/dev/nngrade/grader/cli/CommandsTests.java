package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.output.ResultWriters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandsTests {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void validateSuiteAcceptsTheBuiltInSuiteAndListsWhatCaughtEachMutant(@TempDir Path dir) throws Exception {
    Run r = run("validate-suite", "--assignment", "lecture-002", "--out", dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("ok   reference scores 100 %"), r.out());
    assertTrue(r.out().contains("ok   skeleton scores 0 %"), r.out());
    assertTrue(r.out().contains("ok   mutant softmax_no_max (softmax: softmax without subtracting the maximum) loses points on its exercise only"), r.out());
    JsonNode report = ResultWriters.JSON.readTree(dir.resolve("validate-suite.json").toFile());
    assertTrue(report.get("ok").asBoolean());
    // the reference, the skeleton, and every mutant of lecture 002's exercises
    java.util.List<String> exercises = dev.nngrade.grader.assignment.Assignments.load("lecture-002").exercises().stream()
        .map(dev.nngrade.grader.assignment.Assignment.Item::id).toList();
    long mutants = dev.nngrade.grader.mutants.Catalogue.ALL.stream().filter(m -> exercises.contains(m.exercise().id())).count();
    assertTrue(mutants >= 10, "lecture 002's exercises have " + mutants + " mutants");
    assertEquals(2 + mutants, report.get("checks").size());
    for (JsonNode c : report.get("checks")) {
      if (c.get("what").asText().startsWith("mutant")) {
        assertTrue(c.get("caughtBy").size() > 0, c.toString());
      }
    }
  }

  @Test
  void checkRunsThePublicTestsAndShowsTheFullMessages(@TempDir Path dir) throws Exception {
    DemoClass.write(dir);
    Run ben = run("check", dir.resolve("ben.jar").toString());
    assertEquals(1, ben.code(), "not every public test passes");
    assertTrue(ben.out().contains("softmax(1000, 1000)[0]: 期待値 0.5、実際の値 NaN"), ben.out());
    assertTrue(ben.out().matches("(?s).*affine\\s+4/4 .*"), ben.out());
    assertTrue(ben.out().matches("(?s).*\\d+ of \\d+ public tests passed in \\d+ exercises; still failing: .*softmax \\(\\d\\).*"), ben.out());
    Run broken = run("check", dir.resolve("broken-jar.jar").toString());
    assertEquals(1, broken.code());
    assertTrue(broken.out().contains("提出物を jar として読めません"), broken.out());
  }

  @Test
  void theDemoGradesNoFileItDidNotWriteAndDeletesNone(@TempDir Path dir) throws Exception {
    // an earlier demo wrote ben's entries beside the other models; today's writes them into ben/
    java.nio.file.Files.createDirectories(dir.resolve("leaderboard-submissions"));
    java.nio.file.Files.writeString(dir.resolve("leaderboard-submissions/ben-1.jar"), "an older demo's jar");
    java.nio.file.Files.createDirectories(dir.resolve("submissions"));
    java.nio.file.Files.writeString(dir.resolve("submissions/aiko.jar"), "the demo's own file, written again by the next run");
    Run r = run("demo", "--out", dir.toString(), "--no-progress");
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(dir.resolve("leaderboard-submissions/ben-1.jar") + " is not one of the demo's submissions"), r.err());
    assertEquals("an older demo's jar", java.nio.file.Files.readString(dir.resolve("leaderboard-submissions/ben-1.jar")));
    assertEquals("the demo's own file, written again by the next run", java.nio.file.Files.readString(dir.resolve("submissions/aiko.jar")),
        "nothing is written before every folder is checked");
    assertTrue(java.nio.file.Files.notExists(dir.resolve("results")), "nothing is graded");
  }

  @Test
  void checkCanBeLimitedToOneExercise(@TempDir Path dir) throws Exception {
    DemoClass.write(dir);
    // ben's affine transform is right and his softmax overflows: each exercise alone gives its own answer
    Run affine = run("check", "--exercise", "affine", dir.resolve("ben.jar").toString());
    assertEquals(0, affine.code(), affine.out() + affine.err());
    assertTrue(affine.out().matches("(?s)affine\\s+4/4 [^\\n]*\\n4 of 4 public tests passed in 1 exercise\\n"), affine.out());
    Run softmax = run("check", "-e", "softmax", dir.resolve("ben.jar").toString());
    assertEquals(1, softmax.code(), softmax.out() + softmax.err());
    assertTrue(softmax.out().startsWith("softmax ") && !softmax.out().contains("affine"), softmax.out());
    assertTrue(softmax.out().contains("softmax(1000, 1000)[0]: 期待値 0.5、実際の値 NaN"), softmax.out());
    assertTrue(softmax.out().matches("(?s).*\\n\\d+ of \\d+ public tests passed in 1 exercise; still failing: softmax \\(\\d+\\)\\n"), softmax.out());
    Run missing = run("check", "--assignment", "lecture-002", "--exercise", "convolution", dir.resolve("ben.jar").toString());
    assertEquals(2, missing.code(), "an exercise the assignment lacks is a usage error");
    assertTrue(missing.err().contains("--exercise convolution: assignment lecture-002 has no such exercise; expected one of "), missing.err());
    assertTrue(missing.err().contains("softmax"), missing.err());
  }

  @Test
  void theLanguageCanBeChosenPerRun(@TempDir Path dir) throws Exception {
    DemoClass.write(dir.resolve("all"));
    Path one = java.nio.file.Files.createDirectories(dir.resolve("one"));
    java.nio.file.Files.copy(dir.resolve("all/chika.jar"), one.resolve("chika.jar"));
    Run r = run("grade", "--assignment", "lecture-002", "--submissions", one.toString(), "--out", dir.resolve("out").toString(), "--lang", "en", "--no-progress");
    assertEquals(0, r.code(), r.out() + r.err());
    String report = java.nio.file.Files.readString(dir.resolve("out/chika/report.html"));
    assertTrue(report.contains("<th>Feedback</th>") && report.contains("not implemented yet (002 check test 7, 003: softmax) - implement SoftmaxImpl.softmax"), report);
    assertTrue(java.nio.file.Files.readString(dir.resolve("out/index.html")).contains("Pass rate per exercise (hardest first)"));
    Run french = run("grade", "--assignment", "lecture-002", "--submissions", one.toString(), "--out", dir.resolve("o2").toString(), "--lang", "fr");
    assertEquals(2, french.code(), "a language the grader has no words in is a usage error");
    assertTrue(french.err().contains("language 'fr': expected ja or en"), french.err());
  }

  @Test
  void theDemoSubmissionsAreTheSameBytesEveryTime(@TempDir Path dir) throws Exception {
    DemoClass.write(dir.resolve("a"));
    DemoClass.write(dir.resolve("b"));
    for (String s : DemoClass.students()) {
      assertArrayEquals(java.nio.file.Files.readAllBytes(dir.resolve("a/" + s + ".jar")), java.nio.file.Files.readAllBytes(dir.resolve("b/" + s + ".jar")), s);
    }
  }

  @Test
  void usageErrorsExitWithTwoAndAMissingAssignmentWithFour(@TempDir Path dir) {
    assertEquals(2, run("grade", "--assignment", "demo").code());
    assertEquals(2, run("validate-assignment").code());
    Run missing = run("grade", "--assignment", "no-such-assignment", "--submissions", dir.toString(), "--out", dir.resolve("o").toString());
    assertEquals(4, missing.code());
    assertTrue(missing.err().contains("no-such-assignment: expected a built-in assignment (all-exercises, lecture-002, lecture-001-004, demo, demo-leaderboard)"
        + " or the path of an assignment JSON file, found no such file"), missing.err());
  }

  @Test
  void aMalformedSubmissionTimeIsTheInstructorsWarningAndTheJarIsGraded(@TempDir Path dir) throws Exception {
    DemoClass.write(dir.resolve("all"));
    Path one = java.nio.file.Files.createDirectories(dir.resolve("one"));
    java.nio.file.Files.copy(dir.resolve("all/chika.jar"), one.resolve("chika.jar"));
    java.nio.file.Files.writeString(one.resolve("chika.jar.submitted"), "yesterday evening\n");
    Path assignment = dir.resolve("closed.json");
    // a deadline long past and no late policy: had the time been taken as late, the jar would score nothing
    java.nio.file.Files.writeString(assignment, """
        {"schema": 1, "id": "closed", "language": "en", "deadline": "2020-01-01T00:00:00Z", "exercises": [{"id": "softmax", "points": 10}]}
        """);
    Run r = run("grade", "--assignment", assignment.toString(), "--submissions", one.toString(), "--out", dir.resolve("out").toString(), "--no-progress");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("nngrade: warning: " + one.resolve("chika.jar.submitted") + ": expected an ISO-8601 instant such as 2026-12-01T14:59:00Z,"
        + " found 'yesterday evening'; graded as if no submission time were given"), r.err());
    JsonNode card = ResultWriters.JSON.readTree(dir.resolve("out/chika/scorecard.json").toFile());
    assertEquals("GRADED", card.get("status").asText());
    assertTrue(card.path("late").isNull() || card.path("late").isMissingNode(), card.toString());
  }
}
