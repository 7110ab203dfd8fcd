package dev.nngrade.grader.output;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.scoring.Scorecard;
import dev.nngrade.reports.html.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML pages of a graded class: {@code <student>/report.html} for each submission and {@code
 * index.html} with the class summary, in the assignment's language. They are rendered from the
 * scorecards' JSON, the same contract a later renderer would read.
 */
public final class Reports {
  private Reports() {}

  public static void write(Path out, List<String> dirs, List<Scorecard> cards, Assignment assignment) throws IOException {
    HtmlRenderer html = new HtmlRenderer();
    String lang = assignment.language();
    List<Map<String, Object>> maps = new ArrayList<>();
    Map<String, String> links = new LinkedHashMap<>();
    for (int i = 0; i < cards.size(); i++) {
      Map<String, Object> card = ResultWriters.JSON.readValue(ResultWriters.JSON.writeValueAsString(cards.get(i)), new TypeReference<LinkedHashMap<String, Object>>() {});
      maps.add(card);
      links.putIfAbsent(cards.get(i).student(), dirs.get(i) + "/report.html");
      Files2.writeAtomically(out.resolve(dirs.get(i)).resolve("report.html"), html.student(card, lang));
    }
    String title = assignment.title().getOrDefault(lang, assignment.id());
    Files2.writeAtomically(out.resolve("index.html"), html.summary(maps, links, title, lang));
  }
}
