package dev.nngrade.grader.output;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.nngrade.contract.Language;
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

  /** The ten tests with the highest median time over the class (from each submission's timings.json), slowest first. */
  static List<Map<String, Object>> slowest(Path out, List<String> dirs, List<Scorecard> cards) throws IOException {
    Map<String, List<Long>> byName = new java.util.TreeMap<>();
    for (int i = 0; i < cards.size(); i++) {
      Path timings = out.resolve(dirs.get(i)).resolve("timings.json");
      if (!java.nio.file.Files.isRegularFile(timings)) {
        continue;
      }
      var tests = ResultWriters.JSON.readTree(timings.toFile()).get("tests");
      if (tests == null) {
        continue;
      }
      for (Scorecard.ExerciseResult e : cards.get(i).exercises()) {
        for (Scorecard.TestResult t : e.tests()) {
          if (tests.has(t.id())) {
            byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(tests.get(t.id()).asLong());
          }
        }
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    byName.forEach((name, ms) -> {
      List<Long> sorted = ms.stream().sorted().toList();
      rows.add(Map.of("name", name, "medianMillis", sorted.get(sorted.size() / 2), "maxMillis", sorted.get(sorted.size() - 1)));
    });
    rows.sort(java.util.Comparator.comparingLong((Map<String, Object> m) -> -(Long) m.get("medianMillis")).thenComparing(m -> (String) m.get("name")));
    return rows.subList(0, Math.min(10, rows.size()));
  }

  public static void write(Path out, List<String> dirs, List<Scorecard> cards, Assignment assignment) throws IOException {
    HtmlRenderer html = new HtmlRenderer();
    Language lang = assignment.language();
    List<Map<String, Object>> maps = new ArrayList<>();
    Map<String, String> links = new LinkedHashMap<>();
    for (int i = 0; i < cards.size(); i++) {
      Map<String, Object> card = ResultWriters.JSON.readValue(ResultWriters.JSON.writeValueAsString(cards.get(i)), new TypeReference<LinkedHashMap<String, Object>>() {});
      maps.add(card);
      links.putIfAbsent(cards.get(i).student(), dirs.get(i) + "/report.html");
      AtomicFiles.write(out.resolve(dirs.get(i)).resolve("report.html"), html.student(card, lang));
    }
    String title = assignment.title(lang);
    AtomicFiles.write(out.resolve("index.html"), html.summary(maps, links, slowest(out, dirs, cards), title, lang));
  }
}
