package dev.nngrade.grader.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a submission's scorecard and Gradescope results, and the class's grades CSV. */
public final class ResultWriters {
  public static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private ResultWriters() {}

  public static void scorecard(Path dir, Scorecard card) throws IOException {
    Files2.writeAtomically(dir.resolve("scorecard.json"), JSON.writeValueAsString(card) + "\n");
  }

  /**
   * Gradescope's {@code results.json} (schema: shared/notes/autograders.md §2): the total, one test
   * per hidden test named "exercise: test", its points, status and the student-facing message.
   */
  public static void gradescope(Path dir, Scorecard card) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("score", card.score());
    root.put("output", String.join("\n", card.notes() == null ? List.of() : card.notes()));
    root.put("visibility", "visible");
    root.put("stdout_visibility", "hidden");
    if (card.isolation() != null) {
      // instructors' data, not shown to students: how strongly this submission was isolated
      root.putObject("extra_data").put("isolation", card.isolation());
    }
    ArrayNode tests = root.putArray("tests");
    int e = 0;
    for (Scorecard.ExerciseResult ex : card.exercises()) {
      e++;
      int t = 0;
      for (Scorecard.TestResult tr : ex.tests()) {
        ObjectNode n = tests.addObject();
        n.put("name", ex.title() + ": " + tr.name());
        n.put("number", e + "." + (++t));
        n.put("score", tr.score());
        n.put("max_score", tr.maxScore());
        n.put("status", "PASSED".equals(tr.outcome()) ? "passed" : "failed");
        if (tr.message() != null) {
          n.put("output", tr.message() + (tr.where() != null ? "\n(" + tr.where() + ")" : ""));
        }
        n.put("visibility", "visible");
        n.putArray("tags").add(ex.id());
      }
    }
    Scorecard.LeaderboardResult lb = card.leaderboard();
    if (lb != null && lb.metric() != null) {
      // Gradescope's leaderboard columns: lower loss ranks higher, so "asc"; the public part only while open
      ArrayNode board = root.putArray("leaderboard");
      ObjectNode m = board.addObject();
      m.put("name", lb.metricName());
      m.put("value", lb.metric());
      m.put("order", "asc");
      if (lb.accuracy() != null) {
        ObjectNode a = board.addObject();
        a.put("name", lb.accuracyName());
        a.put("value", lb.accuracy());
      }
    }
    if (lb != null && lb.message() != null) {
      root.put("output", (root.path("output").asText().isEmpty() ? "" : root.path("output").asText() + "\n") + lb.message());
    }
    Files2.writeAtomically(dir.resolve("results.json"), JSON.writeValueAsString(root) + "\n");
  }

  /** {@code grades.csv}: one row per submission, sorted by student id. */
  public static void grades(Path file, List<Scorecard> cards) throws IOException {
    StringBuilder b = new StringBuilder("student,status,score,max_score,late_days,file,sha256\n");
    cards.stream().sorted(java.util.Comparator.comparing(Scorecard::student)).forEach(c -> b.append(csv(c.student())).append(',')
        .append(c.status()).append(',')
        .append(number(c.score())).append(',')
        .append(number(c.maxScore())).append(',')
        .append(c.late() == null ? 0 : c.late().days()).append(',')
        .append(csv(c.submission() == null ? "" : c.submission().file())).append(',')
        .append(c.submission() == null || c.submission().sha256() == null ? "" : c.submission().sha256()).append('\n'));
    Files2.writeAtomically(file, b.toString());
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
  }

  /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
  static String csv(String s) {
    String v = s.matches("^[=+\\-@].*") ? "'" + s : s;
    return v.matches(".*[\",\\n\\r].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
