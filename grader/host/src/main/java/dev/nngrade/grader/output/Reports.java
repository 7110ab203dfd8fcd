package dev.nngrade.grader.output;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.scoring.Scorecard;
import dev.nngrade.reports.html.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML pages of a graded class, in the assignment's language: {@code <student>/report.html} for
 * each submission, rendered from its scorecard's JSON (the same contract a later renderer would
 * read), and {@code index.html}, the class page, from the figures {@link ClassSummaries} computes.
 */
public final class Reports {
  private Reports() {}

  /** {@code dirs}, {@code cards} and {@code reviews}: one per submission, in the same order. */
  public static void write(Path out, List<String> dirs, List<Scorecard> cards, List<Review> reviews, Assignment assignment) throws IOException {
    HtmlRenderer html = new HtmlRenderer();
    Language lang = assignment.language();
    for (int i = 0; i < cards.size(); i++) {
      Map<String, Object> card = ResultWriters.JSON.readValue(ResultWriters.JSON.writeValueAsString(cards.get(i)), new TypeReference<LinkedHashMap<String, Object>>() {});
      AtomicFiles.write(out.resolve(dirs.get(i)).resolve("report.html"), html.student(card, lang));
    }
    AtomicFiles.write(out.resolve("index.html"), html.summary(ClassSummaries.of(assignment.title(lang), out, dirs, cards, reviews, assignment.maxPoints()), lang));
  }
}
