package dev.nngrade.reports.html;

import dev.nngrade.contract.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.reports.svg.Histogram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlRendererTests {
  /** Golden files live in src/test/resources/golden; -Dnngrade.golden.update=true rewrites them (then review the diff). */
  static void matchesGolden(String name, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("nngrade.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + ": run with -Dnngrade.golden.update=true and review it");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name + " differs from its golden file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void studentReportMatchesItsGoldenFile(String lang) throws Exception {
    matchesGolden("student-" + lang + ".html", new HtmlRenderer().student(Samples.card(), Language.parse(lang)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void classSummaryMatchesItsGoldenFile(String lang) throws Exception {
    matchesGolden("summary-" + lang + ".html", Samples.summary(lang));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void whatASubmissionWroteIsEscapedAndTheInstructorsMessagesStayOut(String lang) throws Exception {
    for (String html : new String[] {new HtmlRenderer().student(Samples.card(), Language.parse(lang)), Samples.summary(lang)}) {
      assertFalse(html.contains("<script"), "a script element got through");
      assertFalse(html.contains("<img"), "an img element got through");
      assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the student id is shown, escaped");
      assertFalse(html.contains("\u0000") || html.contains("\u001b"), "control characters got through");
      assertFalse(html.contains("SECRET"), "an instructor-only message reached a page");
    }
    String student = new HtmlRenderer().student(Samples.card(), Language.parse(lang));
    assertTrue(student.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the message is shown as text");
  }

  static String leaderboard(String lang) {
    return new HtmlRenderer().leaderboard(new HtmlRenderer.LeaderboardPage("MNIST <loss>", "cross-entropy", "asc", "public", "fashion-mnist-subset/test (500 public rows)", true),
        java.util.List.of(
            new HtmlRenderer.LeaderboardTrack("制限あり", "<i>fully-connected</i> only, 100000 parameters", java.util.List.of(
                new HtmlRenderer.LeaderboardRow(1, "panda", "0.2871", "0.9000", "2026-12-01T10:00:00Z", "entry", null),
                new HtmlRenderer.LeaderboardRow(0, "two-layer-net", "0.3000", "0.8900", "2026-12-01T10:30:00Z", "baseline", null),
                new HtmlRenderer.LeaderboardRow(2, "<b>koala</b>", "0.3100", "0.8800", "2026-12-01T11:00:00Z", "entry", null),
                new HtmlRenderer.LeaderboardRow(0, "owl", null, null, "2026-12-01T12:00:00Z", "unranked", "row 3, column 0 is NaN <script>")),
                new double[] {0, 0.25, 1.5}, new double[] {0.9, 0.31, 0.2871}),
            new HtmlRenderer.LeaderboardTrack("制限なし", "", java.util.List.of(), new double[0], new double[0])), Language.parse(lang));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void leaderboardPageMatchesItsGoldenFileAndEscapesNames(String lang) throws Exception {
    String html = leaderboard(lang);
    matchesGolden("leaderboard-" + lang + ".html", html);
    assertFalse(html.contains("<b>koala"), "a pseudonym got in as markup");
    assertTrue(html.contains("&lt;b&gt;koala&lt;/b&gt;"));
    assertFalse(html.contains("<script>"), "a note got in as markup");
    assertFalse(html.contains("<i>fully"), "track rules got in as markup");
    assertTrue(html.contains("<svg"), "the chart of the best score over time is drawn");
    assertThrows(IllegalArgumentException.class,
        () -> new HtmlRenderer().leaderboard(new HtmlRenderer.LeaderboardPage("t", "m", "up", "public", "d", false), java.util.List.of(), Language.parse(lang)));
    assertThrows(IllegalArgumentException.class,
        () -> new HtmlRenderer().leaderboard(new HtmlRenderer.LeaderboardPage("t", "m", "asc", "hidden", "d", false), java.util.List.of(), Language.parse(lang)));
  }

  @Test
  void labelsFollowTheLanguage() throws Exception {
    assertTrue(new HtmlRenderer().student(Samples.card(), Language.JA).contains("<th>フィードバック</th>"));
    assertTrue(new HtmlRenderer().student(Samples.card(), Language.EN).contains("<th>Feedback</th>"));
    assertTrue(Samples.summary("ja").contains("演習ごとの合格率（難しい順）"));
  }

  @Test
  void pagesAreSelfContained() throws Exception {
    for (String html : new String[] {new HtmlRenderer().student(Samples.card(), Language.EN), Samples.summary("en")}) {
      // the one URL is the SVG namespace; escaped student text has no quotes, so src="…" would be markup
      assertEquals(html.split("http://", -1).length - 1, html.split("http://www.w3.org/2000/svg", -1).length - 1, "an external resource");
      assertFalse(html.contains("https://") || html.contains("<link") || html.contains("src=\"") || html.contains("@import"), "an external resource");
    }
  }

  @Test
  void anUnknownScorecardSchemaIsRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("scorecard.json");
    Files.writeString(f, "{\"schema\":\"nngrade.scorecard/2\"}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.read(f));
    assertEquals(f + ": schema nngrade.scorecard/2 is not supported; this renderer reads nngrade.scorecard/1", e.getMessage());
  }

  @Test
  void histogramCountsUseEqualBinsWithTheLastClosed() {
    assertEquals(java.util.List.of(2, 0, 1, 0, 2), java.util.Arrays.stream(Histogram.counts(new double[] {0, 3.9, 9, 19.9, 20}, 20, 5)).boxed().toList());
    assertTrue(Histogram.svg(new double[] {1, 2}, 10, 5, "t", "x").startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  }
}
