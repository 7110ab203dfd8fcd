package dev.nngrade.reports.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nngrade.contract.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import dev.nngrade.reports.html.internal.EscapeEverything;
import dev.nngrade.reports.html.internal.Fmt;
import dev.nngrade.reports.svg.Histogram;
import dev.nngrade.reports.svg.LineChart;

/**
 * Renders scorecards ({@code scorecard.json}, schema {@value #SCHEMA}) as HTML with Velocity: its own
 * engine, strict references, and every inserted value escaped ({@link EscapeEverything}). Labels come
 * from the ja/en bundles; the student sees only what the scorecard gives the student
 * ({@code message}), never the instructor's messages.
 */
public final class HtmlRenderer {
  /** The scorecard schema this renderer reads; other major versions are refused. */
  public static final String SCHEMA = "nngrade.scorecard/1";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final VelocityEngine engine;

  public HtmlRenderer() {
    engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeEverything.class.getName());
    engine.init();
  }

  /** Reads a scorecard file as the maps the templates walk. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(Path scorecard) throws IOException {
    Map<String, Object> card = JSON.readValue(scorecard.toFile(), LinkedHashMap.class);
    Object schema = card.get("schema");
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException(scorecard + ": schema " + schema + " is not supported; this renderer reads " + SCHEMA);
    }
    return card;
  }

  /** The report of one submission, in {@code lang}. */
  public String student(Map<String, Object> card, Language lang) {
    VelocityContext c = context(lang);
    c.put("card", card);
    return render("student.vm", c);
  }

  /**
   * The class page: the score distribution, pass rates per exercise and per test (hardest first),
   * common mistakes, the submissions that need the instructor's look and why, the slowest tests, and
   * a row per student with status, points, late days and penalty, and a link to the grades file.
   */
  public String summary(ClassSummary summary, Language lang) {
    VelocityContext c = context(lang);
    Map<String, String> labels = labels(lang);
    c.put("s", summary);
    double[] scores = summary.scores().stream().mapToDouble(Double::doubleValue).toArray();
    // a leaderboard-only assignment has no points to draw
    c.put("svgHistogram", summary.maxScore() > 0 ? Histogram.svg(scores, summary.maxScore(), 10, labels.get("summary.distribution"), labels.get("summary.score"))
        : "");
    return render("summary.vm", c);
  }

  /**
   * One row of a leaderboard track. {@code kind}: {@code entry} (ranked), {@code baseline} (a reference
   * model, shown where its score places it, without a rank) or {@code unranked} (ineligible, invalid or
   * over the daily limit; {@code note} says why). {@code accuracy} may be null (regression).
   */
  public record LeaderboardRow(int rank, String who, String value, String accuracy, String submittedAt, String kind, String note) {
    public boolean ranked() {
      return kind.equals("entry");
    }
  }

  /** A track (for example 制限あり / 制限なし), its rules in words, its rows in order and the best score so far over time. */
  public record LeaderboardTrack(String name, String rules, List<LeaderboardRow> rows, double[] days, double[] bestSoFar) {}

  /** What a leaderboard page shows above its tracks. {@code part}: which rows rank ("public" or "private"). */
  public record LeaderboardPage(String title, String metric, String order, String part, String data, boolean accuracy) {}

  /**
   * A leaderboard page: a table and a chart of the best score over time per track. The ranking itself
   * is the leaderboard's business; this only shows it.
   */
  public String leaderboard(LeaderboardPage page, List<LeaderboardTrack> tracks, Language lang) {
    if (!page.order().equals("asc") && !page.order().equals("desc")) {
      throw new IllegalArgumentException("leaderboard order '" + page.order() + "': expected asc or desc");
    }
    if (!page.part().equals("public") && !page.part().equals("private")) {
      throw new IllegalArgumentException("leaderboard part '" + page.part() + "': expected public or private");
    }
    VelocityContext c = context(lang);
    Map<String, String> labels = labels(lang);
    c.put("page", page);
    c.put("tracks", tracks);
    List<String> charts = new ArrayList<>();
    for (LeaderboardTrack t : tracks) {
      charts.add(t.days().length == 0 ? "" : new LineChart(t.name() + " — " + labels.get("leaderboard.chart"), labels.get("leaderboard.days"), page.metric())
          .add(new LineChart.Series(labels.get("leaderboard.best"), t.days(), t.bestSoFar())).toSvg());
    }
    c.put("svgCharts", charts);
    return render("leaderboard.vm", c);
  }

  private VelocityContext context(Language lang) {
    VelocityContext c = new VelocityContext();
    c.put("lang", lang == Language.JA ? "ja" : "en");
    c.put("msg", labels(lang));
    c.put("fmt", new Fmt());
    return c;
  }

  /** The labels of {@code lang}. */
  static Map<String, String> labels(Language lang) {
    String file = lang == Language.JA ? "labels_ja.properties" : "labels.properties";
    Properties p = new Properties();
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(file); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the report labels " + file + " are missing from the reports module", e);
    }
    Map<String, String> m = new TreeMap<>();
    p.forEach((k, v) -> m.put((String) k, (String) v));
    return m;
  }

  private String render(String template, VelocityContext context) {
    // the shared style sheet goes into the page itself: a report must read offline, as one file
    String text = resource(template).replace("#parse_style", resource("style.vm"));
    StringWriter out = new StringWriter();
    engine.evaluate(context, out, template, new java.io.StringReader(text));
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("template " + name + " is missing from the reports module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read template " + name, e);
    }
  }
}
