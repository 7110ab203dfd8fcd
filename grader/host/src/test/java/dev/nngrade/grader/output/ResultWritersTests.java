package dev.nngrade.grader.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON files of a fixed scorecard against golden files (-Dnngrade.golden.update=true rewrites them; review the diff). */
class ResultWritersTests {
  static final Scorecard CARD = new Scorecard(Scorecard.SCHEMA, new Scorecard.AssignmentRef("sample", "Sample"), "s1", Scorecard.Status.GRADED,
      4.5, 10, 5, new Scorecard.Late(1, 0.1), new Scorecard.SubmissionInfo("s1.jar", "ab12", "0.1.0", "2026-12-02T00:00:00Z", 2, List.of("junit-platform.properties")),
      new Scorecard.Integrity("FAILED", "PASSED", 0, 1),
      List.of(new Scorecard.ExerciseResult("softmax", "ソフトマックス関数", "002 確認テスト7, 003", 5, 10, List.of(
          new Scorecard.TestResult("[engine:junit-jupiter]/[class:S]/[method:a()]", "Softmax.a", "PASSED", 5, 5, null, null, null, null),
          new Scorecard.TestResult("[engine:junit-jupiter]/[class:S]/[method:b()]", "Softmax.b", "FAILED", 0, 5, "Hint: \"subtract\" the max <first>",
              "SoftmaxImpl.softmax:7", "org.opentest4j.AssertionFailedError", "softmax(1000, 1000)[0]: expected 0.5, got NaN")))),
      List.of("Submitted 1 day(s) late: 10 % deducted."), "full", "2026-12-03T00:00:00Z");

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
    ResultWriters.gradescope(dir, CARD);
    matchesGolden("scorecard.json", Files.readString(dir.resolve("scorecard.json")));
    matchesGolden("results.json", Files.readString(dir.resolve("results.json")));
  }

  @Test
  void gradescopeResultsFollowItsSchemaAndLeaveTheInstructorsMessageOut(@TempDir Path dir) throws IOException {
    ResultWriters.gradescope(dir, CARD);
    var root = ResultWriters.JSON.readTree(dir.resolve("results.json").toFile());
    assertEquals(4.5, root.get("score").asDouble());
    var failed = root.get("tests").get(1);
    assertEquals("failed", failed.get("status").asText());
    assertEquals(5.0, failed.get("max_score").asDouble());
    assertEquals("ソフトマックス関数: Softmax.b", failed.get("name").asText());
    assertEquals("Hint: \"subtract\" the max <first>\n(SoftmaxImpl.softmax:7)", failed.get("output").asText());
    assertTrue(!Files.readString(dir.resolve("results.json")).contains("got NaN"));
  }

  @Test
  void gradesCsvQuotesAndDefusesFormulas(@TempDir Path dir) throws IOException {
    Scorecard evil = new Scorecard(Scorecard.SCHEMA, CARD.assignment(), "=HYPERLINK(\"x\")", Scorecard.Status.INVALID, 0, 10, 0, null,
        new Scorecard.SubmissionInfo("a,b.jar", null, null, null, 0, null), null, List.of(), List.of(), null, "t");
    ResultWriters.grades(dir.resolve("grades.csv"), List.of(CARD, evil));
    assertEquals("student,status,score,max_score,late_days,file,sha256\n\"'=HYPERLINK(\"\"x\"\")\",INVALID,0,10,0,\"a,b.jar\",\ns1,GRADED,4.5,10,1,s1.jar,ab12\n",
        Files.readString(dir.resolve("grades.csv")));
  }
}
