package dev.nngrade.reports.html;

import dev.nngrade.contract.Language;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The fixed sample scorecard of the tests: hostile text in every field a submission can reach. */
final class Samples {
  private Samples() {}

  static Map<String, Object> card() throws Exception {
    return HtmlRenderer.read(path("sample-scorecard.json"));
  }

  static Path path(String name) throws URISyntaxException {
    return Path.of(Samples.class.getResource(name).toURI());
  }

  static String summary(String lang) throws Exception {
    Map<String, Object> a = card();
    Map<String, Object> b = card();
    b.put("student", "bob");
    b.put("score", 20.0);
    List<Map<String, Object>> slowest = List.of(Map.of("name", "Softmax.rowsSumToOne", "medianMillis", 10000L, "maxMillis", 10004L),
        Map.of("name", "Softmax.lectureScores", "medianMillis", 12L, "maxMillis", 15L));
    return new HtmlRenderer().summary(List.of(a, b), Map.of("bob", "bob/report.html"), slowest, "Sample <class>", Language.parse(lang));
  }
}
