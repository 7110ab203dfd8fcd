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

  /** A class of two: a submission with a hostile id that needs a look, and bob, graded and two days late. */
  static ClassSummary classSummary() {
    return new ClassSummary("Sample <class>", List.of(0.0, 16.0), 20,
        List.of(new ClassSummary.Rate("softmax", 1, 4), new ClassSummary.Rate("cross-entropy <b>", 3, 4)),
        List.of(new ClassSummary.Rate("Softmax.rowsSumToOne", 0, 2), new ClassSummary.Rate("Softmax.lectureScores", 1, 2)),
        List.of(new ClassSummary.Mistake("subtract the maximum before exp <i>", "softmax", 2)),
        List.of(new ClassSummary.Student("<img src=x onerror=alert(1)>", "img/report.html", ClassSummary.Status.FLAGGED, 0, 20, 0, 0,
                List.of("results look forged: the canary PASSED <script>alert('x')</script>", "code reaches for sun.misc.Unsafe in SoftmaxImpl")),
            new ClassSummary.Student("bob", "bob/report.html", ClassSummary.Status.GRADED, 16, 20, 2, 0.2, List.of())),
        List.of(new ClassSummary.SlowTest("Softmax.rowsSumToOne", 10000, 10004), new ClassSummary.SlowTest("Softmax.lectureScores", 12, 15)), "grades.csv");
  }

  static String summary(String lang) throws Exception {
    return new HtmlRenderer().summary(classSummary(), Language.parse(lang));
  }
}
