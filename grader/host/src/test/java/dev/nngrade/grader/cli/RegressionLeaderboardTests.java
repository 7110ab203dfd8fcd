package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.SubmissionBuilder;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regression leaderboard (lecture 001's report ranked by mean absolute error) from an assignment
 * file, through the sandbox: lecture 002's task y = 2 x0 + 3 x1 on hidden rows, an exact model, one
 * off by a constant, and one that returns a row too few.
 */
class RegressionLeaderboardTests {
  static final String MODEL = """
      package dev.nngrade.student;

      public class RegressorImpl implements dev.nngrade.contract.leaderboard.Regressor {
        @Override
        public double[][] predict(double[][] x) {
          int n = x.length - DROP;
          double[][] y = new double[n][1];
          for (int i = 0; i < n; i++) {
            y[i][0] = 2 * x[i][0] + 3 * x[i][1] + OFFSET;
          }
          return y;
        }
        static final double OFFSET = %s;
        static final int DROP = %d;
      }
      """;

  @Test
  void meanAbsoluteErrorRanksTheModelsAndAShortResultIsNamed(@TempDir Path dir) throws Exception {
    assertTrue(Isolation.bubblewrapWorks(), "bubblewrap is missing: apt-get install bubblewrap (.ci/run does)");
    Path subs = Files.createDirectories(dir.resolve("subs"));
    Map<String, String> skeleton = new TreeMap<>(SubmissionBuilder.skeletonSources());
    for (var m : Map.of("exact", MODEL.formatted("0.0", 0), "offset", MODEL.formatted("0.25", 0), "short", MODEL.formatted("0.0", 1)).entrySet()) {
      Map<String, String> sources = new TreeMap<>(skeleton);
      sources.put("dev/nngrade/student/RegressorImpl.java", m.getValue());
      SubmissionBuilder.build(subs.resolve(m.getKey() + ".jar"), m.getKey(), sources, Map.of());
    }
    Path assignment = dir.resolve("report.json");
    Files.writeString(assignment, """
        {"schema": 1, "id": "report-1", "title": {"en": "Report 1: regression"}, "language": "en",
         "leaderboard": {"task": "regression", "data": "lecture-002", "rows": 400, "split": {"seed": 11, "publicFraction": 0.25},
                         "tracks": [{"id": "all", "title": {"en": "All"}}]}}
        """);
    ClassGrading.Result r = ClassGrading.run(Assignments.load(assignment.toString()), subs, dir.resolve("out"), 2, false, SandboxPolicy.of(Isolation.FULL), false,
        new PrintWriter(new StringWriter()));
    Map<String, Scorecard> cards = r.cards().stream().collect(Collectors.toMap(Scorecard::student, Function.identity()));
    assertEquals(0.0, cards.get("exact").leaderboard().metric(), 1e-12);
    assertEquals(0.25, cards.get("offset").leaderboard().metric(), 1e-12, "every prediction is 0.25 off");
    assertNull(cards.get("exact").leaderboard().accuracy(), "no accuracy for regression");
    // the runner asks in batches of 100 rows, so the first batch already comes back a row short
    assertEquals("The predictions are not one row per input with equal rows: 99 rows returned for 100 inputs (rows 0..99).",
        cards.get("short").leaderboard().message());
    String json = Files.readString(dir.resolve("out/leaderboard/leaderboard.json"));
    assertTrue(json.contains("\"metric\" : \"mean-absolute-error\""), json);
    assertTrue(json.indexOf("\"shownAs\" : \"exact\"") < json.indexOf("\"shownAs\" : \"offset\""), "lower error ranks higher");
    assertTrue(json.contains("\"publicRows\" : 100"), "a quarter of 400 rows is public");
  }
}
