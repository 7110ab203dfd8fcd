package dev.nngrade.grader.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
    AtomicFiles.write(dir.resolve("scorecard.json"), JSON.writeValueAsString(card) + "\n");
  }

  /**
   * Gradescope's {@code results.json} beside the scorecard ({@link GradescopeResults}): the same file
   * the Gradescope autograder writes, without what only a run inside Gradescope knows.
   */
  public static void gradescope(Path dir, Scorecard card, GradescopeResults.Options options) throws IOException {
    AtomicFiles.write(dir.resolve("results.json"), JSON.writeValueAsString(GradescopeResults.of(card, options, List.of())) + "\n");
  }

  /**
   * {@code grades.csv}: one row per submission, sorted by student id (then file): the status, the
   * score, the late days and the fraction deducted for them, the file and its SHA-256, and what the
   * instructor must look at ({@link Review}, empty when nothing). {@code reviews}: one per card, in
   * the same order.
   */
  public static void grades(Path file, List<Scorecard> cards, List<Review> reviews) throws IOException {
    record Row(Scorecard card, Review review) {}
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      rows.add(new Row(cards.get(i), reviews.get(i)));
    }
    rows.sort(java.util.Comparator.comparing((Row r) -> r.card().student()).thenComparing(r -> r.card().submission() == null ? "" : r.card().submission().file()));
    StringBuilder b = new StringBuilder("student,status,score,max_score,late_days,file,sha256,late_penalty,review\n");
    for (Row r : rows) {
      Scorecard c = r.card();
      b.append(csv(c.student())).append(',')
          .append(c.status()).append(',')
          .append(number(c.score())).append(',')
          .append(number(c.maxScore())).append(',')
          .append(c.late() == null ? 0 : c.late().days()).append(',')
          .append(csv(c.submission() == null ? "" : c.submission().file())).append(',')
          .append(c.submission() == null || c.submission().sha256() == null ? "" : c.submission().sha256()).append(',')
          .append(number(c.late() == null ? 0 : c.late().penaltyFraction())).append(',')
          .append(csv(r.review().oneLine())).append('\n');
    }
    AtomicFiles.write(file, b.toString());
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
  }

  /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
  static String csv(String s) {
    String v = s.matches("(?s)[=+\\-@].*") ? "'" + s : s;
    // (?s): a value with two line breaks must be quoted too
    return v.matches("(?s).*[\",\\n\\r].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
