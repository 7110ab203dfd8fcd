package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.DemoLeaderboard;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.SelectionPolicy;
import dev.nngrade.grader.leaderboard.HiddenData;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades the demo's leaderboard class (assignment demo-leaderboard) through the real sandbox: trained
 * models of two sizes, a NaN, nine columns, scores instead of probabilities, a convolution in the
 * restricted track, a label thief, and a student over the daily limit. The metrics are checked
 * against an independent forward pass of each jar's weights on the hidden rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderboardDemoTests {
  Path dir;
  Path results;
  /** The model jars by file name without .jar: ben's and mallory's lie in their own folders. */
  Map<String, Path> jars;
  /** Every entry counts on a leaderboard, so all of ben's are graded. */
  static final Intake.Options EVERY_ENTRY = Intake.Options.defaults().withPolicy(SelectionPolicy.ALL_LISTED);
  Map<String, Scorecard> cards;
  Assignment assignment;
  HiddenData data;

  @BeforeAll
  void gradeTheModels(@TempDir Path tmp) throws Exception {
    dir = tmp;
    assertTrue(Isolation.bubblewrapWorks(),
        "bubblewrap is missing or cannot start a sandbox here: install it (apt-get install bubblewrap); .ci/run does");
    jars = DemoLeaderboard.write(dir.resolve("models")).stream().collect(Collectors.toMap(p -> p.getFileName().toString().replace(".jar", ""), p -> p));
    assignment = Assignments.load("demo-leaderboard").withLanguage("en");
    results = dir.resolve("results");
    ClassGrading.Result r = ClassGrading.run(assignment, dir.resolve("models"), EVERY_ENTRY, results, 2, false, SandboxPolicy.of(Isolation.FULL), false,
        new PrintWriter(new StringWriter()));
    cards = r.cards().stream().collect(Collectors.toMap(c -> c.submission().file().replace(".jar", ""), Function.identity()));
    data = HiddenData.load(assignment.leaderboard(), Path.of(""));
  }

  /** The oracle: a plain forward pass (sigmoid hidden layer, softmax with the maximum subtracted) of the jar's weights. */
  double[] crossEntropyOf(String file) throws Exception {
    Map<String, double[][]> p;
    try (ZipFile z = new ZipFile(jars.get(file).toFile()); InputStream in = z.getInputStream(z.getEntry("dev/nngrade/student/model.nnw"))) {
      p = Weights.read(in);
    }
    double[][] w1 = p.get("W1"), b1 = p.get("b1"), w2 = p.get("W2"), b2 = p.get("b2");
    double pub = 0, priv = 0;
    for (int n = 0; n < data.size(); n++) {
      double[] x = data.inputs()[n];
      double[] h = new double[w1[0].length];
      for (int j = 0; j < h.length; j++) {
        double s = b1[0][j];
        for (int i = 0; i < x.length; i++) {
          s += x[i] * w1[i][j];
        }
        h[j] = 1 / (1 + Math.exp(-s));
      }
      double[] a = new double[10];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < 10; k++) {
        double s = b2[0][k];
        for (int j = 0; j < h.length; j++) {
          s += h[j] * w2[j][k];
        }
        a[k] = s;
        max = Math.max(max, s);
      }
      double z = 0;
      for (int k = 0; k < 10; k++) {
        z += Math.exp(a[k] - max);
      }
      double loss = -Math.log(Math.exp(a[data.labels()[n]] - max) / z + 1e-7);
      if (data.isPublic(n)) {
        pub += loss;
      } else {
        priv += loss;
      }
    }
    return new double[] {pub / data.publicRows(), priv / (data.size() - data.publicRows())};
  }

  JsonNode board() throws Exception {
    return ResultWriters.JSON.readTree(results.resolve("leaderboard/leaderboard.json").toFile());
  }

  static List<String> ranking(JsonNode rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add((r.has("rank") ? r.get("rank").asText() : "-") + ":" + r.get("shownAs").asText()));
    return out;
  }

  @Test
  void theHostsMetricsAgreeWithAnIndependentForwardPassOnBothParts() throws Exception {
    for (String file : List.of("aiko", "ben-4", "fumi", "gen")) {
      double[] expected = crossEntropyOf(file);
      assertEquals(expected[0], cards.get(file).leaderboard().metric(), 1e-9, file + " public part");
      JsonNode entry = null;
      for (JsonNode e : board().get("entries")) {
        if (e.get("sha256").asText().equals(cards.get(file).submission().sha256())) {
          entry = e;
        }
      }
      assertNotNull(entry, file + " is in the history");
      assertEquals(expected[1], entry.get("evaluation").get("privateMetric").asDouble(), 1e-9, file + " private part");
    }
  }

  @Test
  void tracksRankEligibleEntriesAndListTheRestWithTheirReasons() throws Exception {
    JsonNode tracks = board().get("tracks");
    assertEquals("restricted", tracks.get(0).get("id").asText());
    List<String> restricted = ranking(tracks.get(0).get("public"));
    List<String> open = ranking(tracks.get(1).get("public"));
    // fumi (784-100-10) beats aiko but has 79 510 parameters; gen uses a convolution class
    assertEquals(List.of("1:aiko", "2:ben", "3:mallory"), restricted.stream().filter(s -> !s.startsWith("-")).toList());
    assertEquals(List.of("1:fumi", "2:aiko", "3:ben", "4:gen", "5:mallory"), open.stream().filter(s -> !s.startsWith("-")).toList());
    assertTrue(restricted.containsAll(List.of("-:fumi", "-:gen", "-:chika", "-:dana", "-:eiji")), restricted.toString());
    assertTrue(restricted.contains("-:two-layer-net") && restricted.contains("-:simple-conv-net"), restricted.toString());
    assertEquals("Has 79510 parameters, more than the 50000 this track allows.", cards.get("fumi").leaderboard().ineligible().get("restricted"));
    assertTrue(cards.get("gen").leaderboard().ineligible().get("restricted").startsWith("Uses convolution, which this track does not allow"));
    assertNull(cards.get("aiko").leaderboard().ineligible());
  }

  @Test
  void theFinalRankingUsesThePrivatePartOfEachStudentsChosenEntry() throws Exception {
    // the chosen entries (ben: ben-4) ordered by their private cross-entropy, computed independently
    Map<String, Double> priv = new java.util.HashMap<>();
    for (String[] who : new String[][] {{"fumi", "fumi"}, {"aiko", "aiko"}, {"ben", "ben-4"}, {"gen", "gen"}}) {
      priv.put(who[0], crossEntropyOf(who[1])[1]);
    }
    priv.put("mallory", -Math.log(0.1 + 1e-7));
    List<String> expected = priv.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    List<String> actual = new ArrayList<>();
    board().get("tracks").get(1).get("private").forEach(r -> {
      if (r.has("rank")) {
        actual.add(r.get("shownAs").asText());
      }
    });
    assertEquals(expected, actual);
  }

  @Test
  void brokenModelsAreNotScoredAndTheStudentIsToldWhy() {
    assertEquals("INVALID", cards.get("chika").leaderboard().status());
    assertTrue(cards.get("chika").leaderboard().message().matches("Prediction row \\d+, column \\d+ \\(counting from 0\\) is NaN: .*"), cards.get("chika").leaderboard().message());
    assertEquals("The model returned rows of 9 values; expected 10.", cards.get("dana").leaderboard().message());
    assertTrue(cards.get("eiji").leaderboard().message().contains("a probability must lie between 0 and 1 (return the softmax output)"), cards.get("eiji").leaderboard().message());
  }

  @Test
  void theModelNeverSeesTheLabelsEvenWhereTheMachineHasThem() {
    // it returns 0.1 everywhere unless it finds a labels file; Debian's Fashion-MNIST is installed here and in CI
    assertTrue(Files.isDirectory(Path.of("/usr/share/datasets/fashion-mnist")), "dataset-fashion-mnist is installed (.ci/run installs it)");
    assertEquals(-Math.log(0.1 + 1e-7), cards.get("mallory-labels").leaderboard().metric(), 1e-12);
  }

  @Test
  void theDailyLimitStopsBensThirdEntryOfTheDayAndHisBestPublicEntryCounts() throws Exception {
    assertEquals("OVER_LIMIT", cards.get("ben-3").leaderboard().status());
    assertNull(cards.get("ben-3").leaderboard().metric(), "an entry over the limit is not evaluated, so it shows no score");
    JsonNode benRow = null;
    for (JsonNode r : board().get("tracks").get(1).get("public")) {
      if (r.get("student").asText().equals("ben")) {
        benRow = r;
      }
    }
    assertNotNull(benRow);
    assertEquals("2026-12-02T01:00:00Z", benRow.get("submittedAt").asText(), "ben-4 (4 epochs) has his best public score among the entries that count");
    assertEquals(cards.get("ben-4").leaderboard().metric(), benRow.get("metric").asDouble(), 0);
  }

  @Test
  void studentsSeeThePublicPartOnlyWhileTheLeaderboardIsOpen() throws Exception {
    String page = Files.readString(results.resolve("leaderboard/leaderboard.html"));
    String preview = Files.readString(results.resolve("leaderboard/final-preview.html"));
    String aikoPrivate = String.format(java.util.Locale.ROOT, "%.6f", crossEntropyOf("aiko")[1]);
    String aikoPublic = String.format(java.util.Locale.ROOT, "%.6f", cards.get("aiko").leaderboard().metric());
    assertTrue(page.contains(aikoPublic) && !page.contains(aikoPrivate));
    assertTrue(preview.contains(aikoPrivate));
    assertTrue(page.contains("<svg"), "the best score over time is drawn");
    String card = Files.readString(results.resolve("aiko/scorecard.json"));
    assertFalse(card.contains("private") && card.contains(aikoPrivate.substring(0, 6)), "the scorecard holds no private figure");
    assertFalse(Files.readString(results.resolve("aiko/report.html")).contains(aikoPrivate));
  }

  @Test
  void onceFinalTheStudentPageAndScorecardsShowThePrivatePart() throws Exception {
    Assignment finalAssignment = assignment.withLeaderboard(assignment.leaderboard().withPhase("final"));
    Path out = dir.resolve("final");
    ClassGrading.Result r = ClassGrading.run(finalAssignment, dir.resolve("models"), EVERY_ENTRY, out, 2, false, SandboxPolicy.of(Isolation.FULL), false,
        new PrintWriter(new StringWriter()));
    Scorecard aiko = r.cards().stream().filter(c -> c.submission().file().equals("aiko.jar")).findFirst().orElseThrow();
    double[] expected = crossEntropyOf("aiko");
    assertEquals("private", aiko.leaderboard().part());
    assertEquals(expected[1], aiko.leaderboard().metric(), 1e-9);
    double firstRun = Double.NaN;
    for (JsonNode e : board().get("entries")) {
      if (e.get("sha256").asText().equals(aiko.submission().sha256())) {
        firstRun = e.get("evaluation").get("privateMetric").asDouble();
      }
    }
    assertEquals(firstRun, aiko.leaderboard().metric(), 0.0, "a fresh evaluation in another JVM gives the same bits");
    String page = Files.readString(out.resolve("leaderboard/leaderboard.html"));
    assertTrue(page.contains(String.format(java.util.Locale.ROOT, "%.6f", expected[1])));
    assertFalse(Files.exists(out.resolve("leaderboard/final-preview.html")), "no preview once the ranking is published");
  }

  @Test
  void theLeaderboardCommandPublishesTheFinalRankingFromTheHistoryAlone() throws Exception {
    Path pub = Files.createDirectories(dir.resolve("publish/leaderboard"));
    Files.copy(results.resolve("leaderboard/history.sqlite"), pub.resolve("history.sqlite"));
    CommandsTests.Run r = CommandsTests.run("leaderboard", "--assignment", "demo-leaderboard", "--out", pub.getParent().toString(), "--final", "--lang", "en");
    assertEquals(0, r.code(), r.out() + r.err());
    String page = Files.readString(pub.resolve("leaderboard.html"));
    assertTrue(page.contains(String.format(java.util.Locale.ROOT, "%.6f", crossEntropyOf("aiko")[1])), "aiko's private cross-entropy is shown");
    assertTrue(page.contains("final ranking on the private part"));
    assertFalse(Files.exists(pub.resolve("final-preview.html")));
    CommandsTests.Run none = CommandsTests.run("leaderboard", "--assignment", "demo-leaderboard", "--out", dir.resolve("nothing-here").toString());
    assertEquals(1, none.code());
    assertTrue(none.err().contains("grade the submissions into"), none.err());
  }

  @Test
  void anAssignmentWithExercisesAndALeaderboardGradesBothAndAJarWithoutAModelIsToldSo() throws Exception {
    Path subs = Files.createDirectories(dir.resolve("combined"));
    Files.copy(dir.resolve("models/aiko.jar"), subs.resolve("aiko.jar"));
    dev.nngrade.grader.demo.DemoClass.write(dir.resolve("exercise-class"));
    Files.copy(dir.resolve("exercise-class/ben.jar"), subs.resolve("ben.jar")); // exercises only, no ImageClassifierImpl
    Path file = dir.resolve("combined.json");
    Files.writeString(file, """
        {"schema": 1, "id": "combined", "language": "en", "exercises": [{"id": "softmax", "points": 10}],
         "leaderboard": {"task": "image-classification", "rows": 200, "split": {"seed": 5}, "baselines": []}}
        """);
    ClassGrading.Result r = ClassGrading.run(Assignments.load(file.toString()), subs, dir.resolve("combined-out"), 2, false, SandboxPolicy.of(Isolation.FULL), false,
        new PrintWriter(new StringWriter()));
    Map<String, Scorecard> byStudent = r.cards().stream().collect(Collectors.toMap(Scorecard::student, Function.identity()));
    assertEquals(10.0, byStudent.get("aiko").score(), "aiko's softmax passes");
    assertEquals("SCORED", byStudent.get("aiko").leaderboard().status());
    assertTrue(byStudent.get("ben").score() < 10.0, "ben's softmax has no max subtraction");
    assertEquals("No class dev.nngrade.student.ImageClassifierImpl in the jar: the leaderboard loads the model from that class.",
        byStudent.get("ben").leaderboard().message());
  }

  @Test
  void gradescopeResultsCarryTheLeaderboardColumns() throws Exception {
    JsonNode r = ResultWriters.JSON.readTree(results.resolve("aiko/results.json").toFile());
    JsonNode lb = r.get("leaderboard");
    assertEquals(2, lb.size());
    assertEquals("Cross-entropy", lb.get(0).get("name").asText());
    assertEquals("asc", lb.get(0).get("order").asText());
    assertEquals(cards.get("aiko").leaderboard().metric(), lb.get(0).get("value").asDouble(), 0);
    assertFalse(ResultWriters.JSON.readTree(results.resolve("chika/results.json").toFile()).has("leaderboard"), "an invalid entry has no leaderboard value");
  }

  @Test
  void aSecondRunResumesFromTheHistoryWithoutEvaluatingAgainAndGivesTheSameBoard() throws Exception {
    JsonNode before = board();
    ClassGrading.run(assignment, dir.resolve("models"), EVERY_ENTRY, results, 2, false, SandboxPolicy.of(Isolation.FULL), false, new PrintWriter(new StringWriter()));
    JsonNode after = board();
    assertEquals(before, after, "same entries, same evaluation times: nothing was evaluated again");
    assertEquals(11 + 2, after.get("entries").size(), "eleven jars and two baselines");
  }
}
