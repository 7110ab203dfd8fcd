package dev.nngrade.grader.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON files of a fixed scorecard against golden files (-Dnngrade.golden.update=true rewrites them; review the diff). */
class ResultWritersTests {
  static final Scorecard CARD = new Scorecard(Scorecard.SCHEMA, new Scorecard.AssignmentRef("sample", "Sample"), "s1", Scorecard.Status.GRADED,
      4.5, 10, 5, new Scorecard.Late(1, 0.1), new Scorecard.SubmissionInfo("s1.jar", "ab12", "0.1.0", "2026-12-02T00:00:00Z", 2, List.of("junit-platform.properties")),
      new Scorecard.Integrity("FAILED", "PASSED", 0, 1, List.of()),
      List.of(new Scorecard.ExerciseResult("softmax", "ソフトマックス関数", "002 確認テスト7, 003", 5, 10, List.of(
          new Scorecard.TestResult("[engine:junit-jupiter]/[class:S]/[method:a()]", "Softmax.a", Outcome.PASSED, 5, 5, null, null, null, null),
          new Scorecard.TestResult("[engine:junit-jupiter]/[class:S]/[method:b()]", "Softmax.b", Outcome.FAILED, 0, 5, "Hint: \"subtract\" the max <first>",
              "SoftmaxImpl.softmax:7", "org.opentest4j.AssertionFailedError", "softmax(1000, 1000)[0]: expected 0.5, got NaN")))),
      List.of("Submitted 1 day(s) late: 10 % deducted."), "full", "2026-12-03T00:00:00Z");

  /** The first test is on public inputs, the second on hidden ones. */
  static final GradescopeResults.Options OPTIONS = new GradescopeResults.Options(Set.of("[engine:junit-jupiter]/[class:S]/[method:a()]"),
      GradescopeResults.Visibility.AFTER_DUE_DATE, GradescopeResults.Format.MD);

  static void matchesGolden(String name, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("nngrade.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + ": run with -Dnngrade.golden.update=true and review it");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
  }

  @Test
  void scorecardAndGradescopeResultsMatchTheirGoldenFiles(@TempDir Path dir) throws IOException {
    ResultWriters.scorecard(dir, CARD);
    ResultWriters.gradescope(dir, CARD, OPTIONS);
    matchesGolden("scorecard.json", Files.readString(dir.resolve("scorecard.json")));
    matchesGolden("results.json", Files.readString(dir.resolve("results.json")));
  }

  @Test
  void gradescopeResultsFollowItsSchemaAndLeaveTheInstructorsMessageOut(@TempDir Path dir) throws IOException {
    ResultWriters.gradescope(dir, CARD, OPTIONS);
    var root = ResultWriters.JSON.readTree(dir.resolve("results.json").toFile());
    assertEquals(4.5, root.get("score").asDouble());
    var failed = root.get("tests").get(1);
    assertEquals("failed", failed.get("status").asText());
    assertEquals(5.0, failed.get("max_score").asDouble());
    assertEquals("ソフトマックス関数: Softmax.b", failed.get("name").asText());
    // Markdown that shows the text as it is: nothing in a message becomes markup
    assertEquals("Hint: \"subtract\" the max &lt;first&gt;\n\n(SoftmaxImpl.softmax:7)", failed.get("output").asText());
    assertEquals("md", failed.get("output_format").asText());
    assertEquals("visible", root.get("tests").get(0).get("visibility").asText(), "a test on public inputs");
    assertEquals("after_due_date", failed.get("visibility").asText(), "a test on hidden inputs");
    assertTrue(!Files.readString(dir.resolve("results.json")).contains("got NaN"));
  }

  @Test
  void gradesCsvQuotesAndDefusesFormulas(@TempDir Path dir) throws IOException {
    Scorecard evil = new Scorecard(Scorecard.SCHEMA, CARD.assignment(), "=HYPERLINK(\"x\")", Scorecard.Status.INVALID, 0, 10, 0, null,
        new Scorecard.SubmissionInfo("a,b.jar", null, null, null, 0, null), null, List.of(), List.of(), null, "t");
    Review forged = new Review(List.of(new Review.Concern(Review.Kind.FORGED, "=cmd|' /C calc'!A0"),
        new Review.Concern(Review.Kind.NOT_GRADABLE, "two\nlines, \"quoted\"")));
    ResultWriters.grades(dir.resolve("grades.csv"), List.of(CARD, evil), List.of(new Review(List.of()), forged));
    assertEquals("student,status,score,max_score,late_days,file,sha256,late_penalty,review\n"
        + "\"'=HYPERLINK(\"\"x\"\")\",INVALID,0,10,0,\"a,b.jar\",,0,\"'=cmd|' /C calc'!A0; two\nlines, \"\"quoted\"\"\"\n"
        + "s1,GRADED,4.5,10,1,s1.jar,ab12,0.1,\n",
        Files.readString(dir.resolve("grades.csv")));
  }
}
